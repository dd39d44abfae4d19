package org.xingfeng.matters.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.xingfeng.matters.api.EnglishTexts;
import org.xingfeng.matters.api.HandlingChannel;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MatterCategory;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.spreadsheet.RowError;

/**
 * Reads a matters list in the layout of attachment 1 (rows of cells, from XLSX or CSV) into rows of sub-items.
 * The header row is found by its names; page headers repeated further down are skipped; blank main-item
 * cells inherit from the row above; a main item named again is the same main item. Pure: no database.
 */
public final class MattersSheet {

    static final Messages MESSAGES = Messages.of(MattersSheet.class);

    static final String SEQ = "序号";
    static final String MAIN = "主项名称";
    static final String CATEGORY = "主项类别";
    static final String SUB = "子项名称";
    static final String LEVEL = "办理层级";
    static final String BASIS = "设定依据";
    static final String MATERIALS = "办理材料明细";
    static final String TIME_LIMIT = "办理时限";
    static final String STEPS = "办事流程";
    static final String REMARKS = "备注";
    static final String BASIC_CODE = "基本编码";
    static final String IMPL_CODE = "实施编码";
    static final String CONDITIONS = "受理条件";
    static final String PLACE = "办理地点";
    static final String CONSULTATION = "咨询方式";
    static final String COMPLAINT = "投诉方式";
    static final String FEES = "收费标准";
    static final String MATERIAL_DETAILS = "办理材料详情";
    static final String CHANNELS = "经办方式";
    static final String SERVICE_STANDARD = "服务标准";
    static final String LEGAL_LIMIT = "法定时限";
    /** The guide's optional English texts (steps one a line). */
    static final String NAME_EN = "英文名称";
    static final String BASIS_EN = "英文设定依据";
    static final String CONDITIONS_EN = "英文受理条件";
    static final String STEPS_EN = "英文办事流程";

    /**
     * The layout's columns in order: the ten of attachment 1, then this suite's additions, each optional on import
     * (a column a file lacks leaves that element of the items it updates as it was).
     */
    public static final List<String> COLUMNS = List.of(SEQ, MAIN, CATEGORY, SUB, LEVEL, BASIS, MATERIALS, TIME_LIMIT,
            STEPS, REMARKS, BASIC_CODE, IMPL_CODE, CONDITIONS, PLACE, CONSULTATION, COMPLAINT, FEES, MATERIAL_DETAILS,
            CHANNELS, SERVICE_STANDARD, LEGAL_LIMIT, NAME_EN, BASIS_EN, CONDITIONS_EN, STEPS_EN);

    /** The separator of a material's fields in the column {@value #MATERIAL_DETAILS}, one material a line. */
    static final String FIELD = "｜";
    static final String SHARED = "数据共享";

    /**
     * One sub-item as read, with its 1-based row number in the file, and the columns the file has ({@code columns}):
     * an element whose column is absent is not read and stays as it was. {@code materialDetails} says that the
     * materials came with their form, copies, sharing and cancellation; without it they are names only, and a name
     * the item already has keeps its details.
     */
    public record Row(int number, String mainName, MatterCategory category, String subName, String basicCode,
            String implementationCode, Set<HandlingLevel> levels, String legalBasis, List<Material> materials,
            boolean materialDetails, TimeLimit timeLimit, List<String> steps, String conditions, String place,
            String consultation, String complaint, String fees, String remarks, Set<HandlingChannel> channels,
            String serviceStandard, EnglishTexts english, Set<String> columns) {

        public Row {
            channels = channels == null ? Set.of() : Set.copyOf(channels);
            english = english == null ? EnglishTexts.NONE : english;
            columns = Set.copyOf(columns);
        }

        /** Whether the file has the column, so that the row carries its element. */
        public boolean carries(String column) {
            return columns.contains(column);
        }

        /** Whether the row carries the materials (their names, their details or both). */
        public boolean carriesMaterials() {
            return carries(MATERIALS) || carries(MATERIAL_DETAILS);
        }
    }

    public record Result(List<Row> rows, List<RowError> errors) {
    }

    private MattersSheet() {
    }

    public static Result read(List<List<String>> cells) {
        int headerRow = findHeader(cells);
        if (headerRow < 0) {
            throw new ValidationException(MESSAGES.text("mattersSheet.no_matters_list_header_row"),
                    List.of(FieldError.at(SUB, 1, MESSAGES.text("mattersSheet.missing_header", MAIN, SUB))));
        }
        Map<String, Integer> col = columns(cells, headerRow);
        // a printed table (attachment 1 as published: its header over two rows) has its wrapped lines and spaces
        // cleaned; any other file is read as written
        boolean verbatim = !twoRowHeader(cells, headerRow, col);
        // this suite's own layout (its export, with the codes) separates steps by dashes only
        boolean own = col.containsKey(BASIC_CODE) || col.containsKey(IMPL_CODE);
        Set<String> present = Set.copyOf(col.keySet());
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, MatterCategory> categories = new HashMap<>();
        Set<String> seen = new HashSet<>();
        String main = null;
        for (int r = headerRow + 1; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            int number = r + 1;
            String sub = name(get(row, col, SUB), verbatim);
            if (isHeader(row) || row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            String seq = clean(get(row, col, SEQ));
            if (sub.isEmpty()) {
                if (!seq.isEmpty() && !seq.matches("\\d+")) {
                    continue; // a note under the table (注：...)
                }
                errors.add(
                        new RowError(number, SUB, MESSAGES.get(Languages.CHINESE, "mattersSheet.sub_item_name_empty")));
                continue;
            }
            String mainCell = name(get(row, col, MAIN), verbatim);
            if (!mainCell.isEmpty()) {
                main = mainCell;
            }
            if (main == null) {
                errors.add(new RowError(number, MAIN,
                        MESSAGES.get(Languages.CHINESE, "mattersSheet.first_sub_item_no_main")));
                continue;
            }
            String categoryCell = clean(get(row, col, CATEGORY));
            MatterCategory category = categories.get(main);
            if (!categoryCell.isEmpty()) {
                MatterCategory given = MatterCategory.parse(categoryCell);
                if (given == null) {
                    errors.add(new RowError(number, CATEGORY,
                            MESSAGES.get(Languages.CHINESE, "mattersSheet.unknown_category", categoryCell)));
                    continue;
                }
                if (category != null && category != given) {
                    errors.add(new RowError(number, CATEGORY,
                            MESSAGES.get(Languages.CHINESE, "mattersSheet.main_item_two_categories", main)));
                    continue;
                }
                category = given;
                categories.put(main, given);
            }
            if (category == null) {
                errors.add(new RowError(number, CATEGORY,
                        MESSAGES.get(Languages.CHINESE, "mattersSheet.main_item_no_category", main)));
                continue;
            }
            if (sub.length() > 300 || main.length() > 200) {
                errors.add(new RowError(number, SUB, MESSAGES.get(Languages.CHINESE, "mattersSheet.name_too_long")));
                continue;
            }
            if (!seen.add(main + "\u0000" + sub)) {
                errors.add(new RowError(number, SUB,
                        MESSAGES.get(Languages.CHINESE, "mattersSheet.sub_item_repeated_under_main", sub)));
                continue;
            }
            Set<HandlingLevel> levels;
            try {
                levels = HandlingLevel.parseAll(get(row, col, LEVEL));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(number, LEVEL, e.getMessage()));
                continue;
            }
            TimeLimit limit;
            try {
                limit = TimeLimit.parse(get(row, col, TIME_LIMIT));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(number, TIME_LIMIT, e.getMessage()));
                continue;
            }
            try {
                limit = withLegal(limit, get(row, col, LEGAL_LIMIT), col.containsKey(TIME_LIMIT));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(number, LEGAL_LIMIT, e.getMessage()));
                continue;
            }
            Set<HandlingChannel> channels;
            try {
                channels = HandlingChannel.parseAll(get(row, col, CHANNELS));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(number, CHANNELS, e.getMessage()));
                continue;
            }
            List<Material> materials;
            boolean detailed;
            String detailCell = get(row, col, MATERIAL_DETAILS);
            if (!detailCell.isBlank()) {
                try {
                    materials = materialsOf(get(row, col, MATERIALS), details(detailCell), col.containsKey(MATERIALS),
                            verbatim);
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(number, MATERIAL_DETAILS, e.getMessage()));
                    continue;
                }
                detailed = true;
            } else {
                materials = materials(get(row, col, MATERIALS), verbatim);
                detailed = false;
            }
            rows.add(new Row(number, main, category, sub, Strings.blankToNull(clean(get(row, col, BASIC_CODE))),
                    Strings.blankToNull(clean(get(row, col, IMPL_CODE))),
                    levels.isEmpty() ? EnumSet.noneOf(HandlingLevel.class) : levels,
                    text(get(row, col, BASIS), verbatim), materials, detailed, limit,
                    own ? ownSteps(get(row, col, STEPS)) : steps(get(row, col, STEPS)),
                    text(get(row, col, CONDITIONS), verbatim), text(get(row, col, PLACE), verbatim),
                    text(get(row, col, CONSULTATION), verbatim), text(get(row, col, COMPLAINT), verbatim),
                    text(get(row, col, FEES), verbatim), text(get(row, col, REMARKS), verbatim), channels,
                    text(get(row, col, SERVICE_STANDARD), verbatim),
                    new EnglishTexts(Strings.blankToNull(oneLine(get(row, col, NAME_EN))),
                            text(get(row, col, BASIS_EN), true), text(get(row, col, CONDITIONS_EN), true),
                            lines(get(row, col, STEPS_EN))),
                    present));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(
                    new RowError(headerRow + 2, SUB, MESSAGES.get(Languages.CHINESE, "mattersSheet.no_matters_file")));
        }
        return new Result(rows, errors);
    }

    private static int findHeader(List<List<String>> cells) {
        for (int r = 0; r < Math.min(cells.size(), 50); r++) {
            List<String> names = cells.get(r).stream().map(MattersSheet::clean).toList();
            if (names.contains(MAIN) && names.contains(SUB)) {
                return r;
            }
        }
        return -1;
    }

    /** Column positions from the header row and, for cells it leaves blank, the row above (a two-row header). */
    private static Map<String, Integer> columns(List<List<String>> cells, int headerRow) {
        Map<String, Integer> col = new LinkedHashMap<>();
        List<String> header = cells.get(headerRow);
        List<String> above = headerRow > 0 ? cells.get(headerRow - 1) : List.of();
        for (int c = 0; c < Math.max(header.size(), above.size()); c++) {
            String name = clean(c < header.size() ? header.get(c) : "");
            if (name.isEmpty() || !COLUMNS.contains(name)) {
                name = clean(c < above.size() ? above.get(c) : "");
            }
            if (COLUMNS.contains(name)) {
                col.putIfAbsent(name, c);
            }
        }
        return col;
    }

    /** Whether the header's names come partly from the row above it, as in the printed attachment 1. */
    private static boolean twoRowHeader(List<List<String>> cells, int headerRow, Map<String, Integer> col) {
        List<String> header = cells.get(headerRow);
        for (int c : col.values()) {
            if (c >= header.size() || !COLUMNS.contains(clean(header.get(c)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeader(List<String> row) {
        for (String c : row) {
            String n = clean(c);
            if (n.equals(SUB) || n.equals("办事项")) {
                return true;
            }
        }
        return false;
    }

    private static String get(List<String> row, Map<String, Integer> col, String name) {
        Integer c = col.get(name);
        return c == null || c >= row.size() || row.get(c) == null ? "" : row.get(c);
    }

    /**
     * Names as printed tables give them: line breaks inside a cell become spaces, and a space between two
     * Chinese characters is a wrapped line, not a word break ("基本医疗保险 参保登记" is one name).
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace('\u3000', ' ').replaceAll("\\s+", " ").strip();
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == ' ' && i > 0 && i + 1 < t.length() && (wide(t.charAt(i - 1)) || wide(t.charAt(i + 1)))) {
                continue;
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    private static boolean wide(char ch) {
        return ch >= 0x2E80 || (ch >= 0xFF00 && ch <= 0xFFEF);
    }

    /** A name: cleaned as printed tables need, or else on one line as written. */
    private static String name(String s, boolean verbatim) {
        return verbatim ? oneLine(s) : clean(s);
    }

    /** A name as an editor's name is kept: blanks and line breaks as single spaces, none around it. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** A text element: as written (line ends normalised), or cleaned in a printed table; blank is null. */
    static String text(String s, boolean verbatim) {
        if (verbatim) {
            return s == null ? null : Strings.blankToNull(s.replace("\r\n", "\n").replace('\r', '\n').strip());
        }
        return Strings.blankToNull(clean(s));
    }

    /**
     * The materials of a row whose details column is filled in: the details as they are when the names column is
     * absent, blank or says the same names (as an export writes it); when an officer changed the names, the names win, each
     * taking its details from the details column where that names it.
     */
    static List<Material> materialsOf(String namesCell, List<Material> details, boolean namesColumn,
            boolean verbatim) {
        List<String> detailNames = details.stream().map(Material::name).toList();
        String names = namesCell == null ? "" : namesCell.strip();
        if (!namesColumn || names.isEmpty() || names.equals(String.join("；", detailNames))) {
            return details;
        }
        List<Material> named = materials(names, verbatim);
        if (named.stream().map(Material::name).toList().equals(detailNames)) {
            return details;
        }
        Map<String, Material> byName = new HashMap<>();
        details.forEach(m -> byName.putIfAbsent(m.name(), m));
        return named.stream().map(m -> byName.getOrDefault(m.name(), m)).toList();
    }

    /**
     * The column {@value #MATERIAL_DETAILS}: one material a line, its fields separated by {@value #FIELD}: name,
     * form (原件, 复印件, 原件及复印件, 电子件, or blank), copies (2 or 2份), {@value #SHARED} or blank, the basis of
     * its cancellation and the date (2025-03-01), its English name. Fields left off at the end are the defaults (原件,
     * 1 copy, not shared, not cancelled, no English name). IllegalArgumentException naming the line for anything else.
     */
    static List<Material> details(String cell) {
        List<Material> list = new ArrayList<>();
        String[] lines = cell.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(FIELD, -1);
            String name = f[0].strip();
            if (name.isEmpty() || name.length() > 200 || f.length > 7) {
                throw new IllegalArgumentException(
                        MESSAGES.get(Languages.CHINESE, "mattersSheet.material_details_line", n));
            }
            String form = f.length > 1 ? Strings.blankToNull(f[1].strip()) : "原件";
            if (form != null && !SubItemRules.FORMS.contains(form)) {
                throw new IllegalArgumentException(
                        MESSAGES.get(Languages.CHINESE, "mattersSheet.material_form", n, form));
            }
            int copies = 1;
            if (f.length > 2 && !f[2].isBlank()) {
                String c = f[2].strip();
                if (!c.matches("\\d{1,2}\\s*份?")) {
                    throw new IllegalArgumentException(
                            MESSAGES.get(Languages.CHINESE, "mattersSheet.material_copies", n, c));
                }
                copies = Integer.parseInt(c.replaceAll("\\D", ""));
            }
            boolean shared = false;
            if (f.length > 3 && !f[3].isBlank()) {
                String sh = f[3].strip();
                if (!sh.equals(SHARED) && !sh.equals("是")) {
                    throw new IllegalArgumentException(
                            MESSAGES.get(Languages.CHINESE, "mattersSheet.material_shared", n, sh));
                }
                shared = true;
            }
            String basis = f.length > 4 ? Strings.blankToNull(f[4].strip()) : null;
            LocalDate on = null;
            if (f.length > 5 && !f[5].isBlank()) {
                try {
                    on = LocalDate.parse(f[5].strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(
                            MESSAGES.get(Languages.CHINESE, "mattersSheet.material_date", n, f[5].strip()));
                }
            }
            if ((basis == null) != (on == null)) {
                throw new IllegalArgumentException(
                        MESSAGES.get(Languages.CHINESE, "mattersSheet.material_cancellation", n));
            }
            String nameEn = f.length > 6 ? Strings.blankToNull(f[6].strip()) : null;
            list.add(new Material(name, form, copies, shared, basis, on, nameEn));
        }
        return list;
    }

    /** The column {@value #MATERIAL_DETAILS} for the materials: what {@link #details} reads back the same. */
    static String details(List<Material> materials) {
        StringBuilder b = new StringBuilder();
        for (Material m : materials) {
            if (b.length() > 0) {
                b.append('\n');
            }
            List<String> f = new ArrayList<>(List.of(m.name(), m.form() == null ? "" : m.form(), m.copies() + "份",
                    m.sharedData() ? SHARED : "", m.cancelledBasis() == null ? "" : m.cancelledBasis(),
                    m.cancelledOn() == null ? "" : m.cancelledOn().toString(), m.nameEn() == null ? "" : m.nameEn()));
            while (f.size() > 3 && f.get(f.size() - 1).isEmpty()) {
                f.remove(f.size() - 1);
            }
            b.append(String.join(FIELD, f));
        }
        return b.toString();
    }

    /**
     * The time limit with the legal limit of the column {@value #LEGAL_LIMIT} ("20个工作日" or "20"); a blank cell keeps
     * a legal limit written in the time limit's own cell. A legal limit without a promise is the promise too, unless
     * the file has a time-limit column that leaves it blank.
     */
    static TimeLimit withLegal(TimeLimit limit, String cell, boolean hasTimeLimitColumn) {
        String t = cell == null ? "" : cell.replaceAll("\\s", "");
        if (t.isEmpty()) {
            return limit;
        }
        Matcher m = LEGAL_DAYS.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    MESSAGES.get(Languages.CHINESE, "mattersSheet.legal_limit_invalid", cell));
        }
        int days = Integer.parseInt(m.group(1));
        if (limit == null) {
            return hasTimeLimitColumn ? null : TimeLimit.days(days).withLegal(days);
        }
        return limit.withLegal(days);
    }

    private static final Pattern LEGAL_DAYS = Pattern.compile("(?:法定)?(\\d{1,3})(?:个?工作日)?");

    /** Steps in this suite's layout: separated by dashes (—) or line breaks only, as the export writes them. */
    static List<String> ownSteps(String cell) {
        String t = cell == null ? "" : cell.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(t.split("\\s*(?:—+|\\R)\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * One row of the export, in the order of {@link #COLUMNS}: what {@link #read} takes back to the same item
     * (every material field included).
     */
    static List<Object> row(int number, MainItem main, SubItem s) {
        return Arrays.asList(number, main.name(), main.category().nameZh(), s.name(), SubItemMapper.letters(s.levels()),
                s.legalBasis(), s.materials().stream().map(Material::name).collect(Collectors.joining("；")),
                s.timeLimit() == null ? null : s.timeLimit().label(), String.join("—", s.steps()), s.remarks(),
                s.basicCode(), s.implementationCode(), s.conditions(), s.place(), s.consultation(), s.complaint(),
                s.fees(), s.materials().isEmpty() ? null : details(s.materials()), HandlingChannel.names(s.channels()),
                s.serviceStandard(), s.timeLimit() == null ? null : s.timeLimit().legalLabel(), s.english().name(),
                s.english().legalBasis(), s.english().conditions(),
                s.english().steps().isEmpty() ? null : String.join("\n", s.english().steps()));
    }

    /** One entry a line (the English steps), blank lines left out. */
    static List<String> lines(String cell) {
        String t = cell == null ? "" : cell.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(t.split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    static List<Material> materials(String cell) {
        return materials(cell, false);
    }

    /** The materials' names of the names column, each a material with the defaults. */
    static List<Material> materials(String cell, boolean verbatim) {
        String t = cell == null ? "" : cell.strip();
        if (t.isEmpty() || t.equals("无")) {
            return List.of();
        }
        List<Material> list = new ArrayList<>();
        for (String part : t.split("[；;\\n]|、(?=《)|(?<=》)、|(?<=》)\\s+(?=《)|\\d+[.．、](?=\\S)")) {
            String name = (verbatim ? oneLine(part) : clean(part)).replaceAll("^[、，,]+|[、，,。]+$", "").strip();
            if (!name.isEmpty()) {
                list.add(Material.named(name));
            }
        }
        return list;
    }

    static List<String> steps(String cell) {
        String t = clean(cell);
        if (t.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(t.split("\\s*(?:—+|-+|→|>|＞|，|,)\\s*")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}
