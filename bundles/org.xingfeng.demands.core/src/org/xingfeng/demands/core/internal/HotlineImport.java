package org.xingfeng.demands.core.internal;

import static org.xingfeng.demands.core.internal.DemandsText.MESSAGES;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xingfeng.demands.api.demands.DemandCategory;
import org.xingfeng.demands.api.demands.DemandChannel;
import org.xingfeng.demands.api.demands.DemandDraft;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.spreadsheet.RowError;
import org.xingfeng.platform.api.spreadsheet.SheetData;

/**
 * A 12345 hotline's spreadsheet export read as demand drafts, without a database: the first row names the columns
 * (in Chinese, in any order), every further non-blank row is a demand of channel 12345. Every bad cell is reported with
 * its row (the sheet's row number, 1 the header) and column; the service stores nothing unless no row is bad.
 */
final class HotlineImport {

    static final String NO = "工单号";
    static final String RECEIVED = "受理日期";
    static final String UNIT = "单位编码";
    static final String CATEGORY = "类别";
    static final String TOPIC = "主题";
    static final String TEXT = "诉求内容";
    static final String NAME = "诉求人";
    static final String PHONE = "联系电话";
    static final String ID_NUMBER = "身份证号";
    static final String ADDRESS = "地址";
    static final List<String> REQUIRED = List.of(NO, RECEIVED, UNIT, CATEGORY, TOPIC, TEXT);
    static final List<String> COLUMNS = List.of(NO, RECEIVED, UNIT, CATEGORY, TOPIC, TEXT, NAME, PHONE, ID_NUMBER,
            ADDRESS);
    static final int MAX_ROWS = 5000;

    /** What a row became: its sheet row number and its draft. */
    record Row(int row, DemandDraft draft) {
    }

    /** The drafts and the errors; the unit of a row is looked up by code through {@code units}. */
    record Result(List<Row> rows, List<RowError> errors) {
    }

    /** Looks a unit up by its code within the caller's reach. */
    interface Units {
        Optional<OrgUnit> byCode(String code);
    }

    private HotlineImport() {
    }

    static Result read(SheetData sheet, Units units, Set<String> knownNumbers, LocalDate today) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> column = new HashMap<>();
        List<String> header = sheet.rows().isEmpty() ? List.of() : sheet.rows().get(0);
        for (int c = 0; c < header.size(); c++) {
            column.putIfAbsent(header.get(c).strip(), c);
        }
        for (String required : REQUIRED) {
            if (!column.containsKey(required)) {
                errors.add(new RowError(1, required, zh("import.columnMissing", required)));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(rows, errors);
        }
        if (sheet.rows().size() - 1 > MAX_ROWS) {
            errors.add(new RowError(1, NO, zh("import.tooManyRows", MAX_ROWS)));
            return new Result(rows, errors);
        }
        Set<String> numbers = new HashSet<>();
        for (int r = 1; r < sheet.rows().size(); r++) {
            int rowNo = r + 1;
            Map<String, String> cell = new HashMap<>();
            boolean blank = true;
            for (String name : COLUMNS) {
                Integer c = column.get(name);
                String v = c == null ? "" : sheet.cell(r, c).strip();
                cell.put(name, v);
                blank &= v.isEmpty();
            }
            if (blank) {
                continue;
            }
            int before = errors.size();
            String no = cell.get(NO);
            if (!no.isEmpty() && (knownNumbers.contains(no) || !numbers.add(no))) {
                errors.add(new RowError(rowNo, NO, zh("import.duplicateNo", no)));
            }
            LocalDate received = null;
            if (!cell.get(RECEIVED).isEmpty()) {
                try {
                    received = LocalDate.parse(cell.get(RECEIVED).length() > 10 ? cell.get(RECEIVED).substring(0, 10)
                            : cell.get(RECEIVED));
                } catch (DateTimeParseException e) {
                    errors.add(new RowError(rowNo, RECEIVED, zh("import.date")));
                }
            }
            Long unitId = null;
            if (!cell.get(UNIT).isEmpty()) {
                Optional<OrgUnit> unit = units.byCode(cell.get(UNIT));
                if (unit.isEmpty()) {
                    errors.add(new RowError(rowNo, UNIT, zh("unit.unknown", cell.get(UNIT))));
                } else {
                    unitId = unit.get().id();
                }
            }
            DemandCategory category = category(cell.get(CATEGORY));
            if (category == null && !cell.get(CATEGORY).isEmpty()) {
                errors.add(new RowError(rowNo, CATEGORY, zh("import.category", cell.get(CATEGORY))));
            }
            DemandDraft draft = new DemandDraft(DemandChannel.HOTLINE_12345, unitId, blankToNull(cell.get(NAME)),
                    blankToNull(cell.get(PHONE)), blankToNull(cell.get(ID_NUMBER)), cell.get(TOPIC), category,
                    cell.get(TEXT), received, blankToNull(no), blankToNull(cell.get(ADDRESS)));
            for (FieldError e : DemandRules.check(draft, today)) {
                String col = columnOf(e.field());
                boolean already = errors.subList(before, errors.size()).stream().anyMatch(x -> x.column().equals(col));
                if (!already) {
                    errors.add(new RowError(rowNo, col, e.message(Languages.CHINESE)));
                }
            }
            if (no.isEmpty()) {
                errors.add(new RowError(rowNo, NO, zh("field.required")));
            }
            if (errors.size() == before) {
                rows.add(new Row(rowNo, draft));
            }
        }
        return new Result(rows, errors);
    }

    static DemandCategory category(String text) {
        for (DemandCategory c : DemandCategory.values()) {
            if (c.nameZh().equals(text) || c.name().equalsIgnoreCase(text)) {
                return c;
            }
        }
        return null;
    }

    private static String columnOf(String field) {
        return switch (field) {
            case "unitId" -> UNIT;
            case "category" -> CATEGORY;
            case "topic" -> TOPIC;
            case "text" -> TEXT;
            case "citizenName" -> NAME;
            case "citizenPhone" -> PHONE;
            case "citizenIdNumber" -> ID_NUMBER;
            case "receivedDate" -> RECEIVED;
            case "externalNo" -> NO;
            case "address" -> ADDRESS;
            default -> field;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String zh(String key, Object... args) {
        return MESSAGES.get(Languages.CHINESE, key, args);
    }

    static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
