package org.xingfeng.matters.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MatterCategory;
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

    /** The layout's columns in order; the last seven are this suite's additions, optional on import. */
    public static final List<String> COLUMNS = List.of(SEQ, MAIN, CATEGORY, SUB, LEVEL, BASIS, MATERIALS, TIME_LIMIT,
            STEPS, REMARKS, BASIC_CODE, IMPL_CODE, CONDITIONS, PLACE, CONSULTATION, COMPLAINT, FEES);

    /** One sub-item as read, with its 1-based row number in the file. */
    public record Row(int number, String mainName, MatterCategory category, String subName, String basicCode,
            String implementationCode, Set<HandlingLevel> levels, String legalBasis, List<Material> materials,
            TimeLimit timeLimit, List<String> steps, String conditions, String place, String consultation,
            String complaint, String fees, String remarks) {
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
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, MatterCategory> categories = new HashMap<>();
        Set<String> seen = new HashSet<>();
        String main = null;
        for (int r = headerRow + 1; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            int number = r + 1;
            String sub = clean(get(row, col, SUB));
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
            String mainCell = clean(get(row, col, MAIN));
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
            rows.add(new Row(number, main, category, sub, Strings.blankToNull(clean(get(row, col, BASIC_CODE))),
                    Strings.blankToNull(clean(get(row, col, IMPL_CODE))),
                    levels.isEmpty() ? EnumSet.noneOf(HandlingLevel.class) : levels,
                    text(get(row, col, BASIS)), materials(get(row, col, MATERIALS)), limit, steps(get(row, col, STEPS)),
                    text(get(row, col, CONDITIONS)), text(get(row, col, PLACE)), text(get(row, col, CONSULTATION)),
                    text(get(row, col, COMPLAINT)), text(get(row, col, FEES)), text(get(row, col, REMARKS))));
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

    private static String text(String s) {
        return Strings.blankToNull(clean(s));
    }

    static List<Material> materials(String cell) {
        String t = cell == null ? "" : cell.strip();
        if (t.isEmpty() || t.equals("无")) {
            return List.of();
        }
        List<Material> list = new ArrayList<>();
        for (String part : t.split("[；;\\n]|、(?=《)|(?<=》)、|(?<=》)\\s+(?=《)|\\d+[.．、](?=\\S)")) {
            String name = clean(part).replaceAll("^[、，,]+|[、，,。]+$", "");
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
