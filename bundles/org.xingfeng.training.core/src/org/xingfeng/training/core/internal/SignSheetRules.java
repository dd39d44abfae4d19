package org.xingfeng.training.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xingfeng.platform.api.spreadsheet.RowError;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.training.api.attendance.AttendanceMark;

/**
 * A session's sign-in sheet (签到表) as an XLSX file: a header row naming the columns 工号 and/or 姓名 (one of them is
 * needed), and optionally 出勤 (是/否, √/×, 到/缺, 请假/假; empty means present), 学时, 成绩, 考核 (合格/不合格), 证书编号, 发证日期 and
 * 有效期至; one row per member of staff below it; rows without a number and a name are skipped. Reading the cells needs no
 * database: the staff members are looked up by the service. Row numbers are the sheet's (from 1).
 */
final class SignSheetRules {

    static final List<String> COLUMNS = List.of("工号", "姓名", "出勤", "学时", "成绩", "考核", "证书编号", "发证日期", "有效期至");

    /** One row as read: the sheet's row number and the cells' values (null when empty). */
    record SheetRow(int row, String staffNumber, String name, AttendanceMark mark, BigDecimal hours, BigDecimal score,
            Boolean passed, String certificateNo, LocalDate certificateIssued, LocalDate certificateValidUntil) {
    }

    /** The rows read and the errors found; no rows when the header is missing. */
    record Read(List<SheetRow> rows, List<RowError> errors) {
    }

    private SignSheetRules() {
    }

    static Read read(SheetData sheet) {
        List<RowError> errors = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        int header = -1;
        Map<String, Integer> columns = new HashMap<>();
        for (int r = 0; r < Math.min(sheet.rows().size(), 10) && header < 0; r++) {
            for (int c = 0; c < sheet.rows().get(r).size(); c++) {
                String text = sheet.cell(r, c).strip();
                if (COLUMNS.contains(text)) {
                    columns.putIfAbsent(text, c);
                }
            }
            if (columns.containsKey("工号") || columns.containsKey("姓名")) {
                header = r;
            } else {
                columns.clear();
            }
        }
        if (header < 0) {
            errors.add(new RowError(1, "工号", "找不到表头：须有“工号”或“姓名”列"));
            return new Read(rows, errors);
        }
        for (int r = header + 1; r < sheet.rows().size(); r++) {
            int row = r + 1;
            String number = cell(sheet, r, columns.get("工号"));
            String name = cell(sheet, r, columns.get("姓名"));
            if (number == null && name == null) {
                continue;
            }
            int before = errors.size();
            AttendanceMark mark = mark(cell(sheet, r, columns.get("出勤")), row, errors);
            BigDecimal hours = number(cell(sheet, r, columns.get("学时")), row, "学时", errors);
            BigDecimal score = number(cell(sheet, r, columns.get("成绩")), row, "成绩", errors);
            Boolean passed = yesNo(cell(sheet, r, columns.get("考核")), row, "考核", errors, null);
            String certificate = cell(sheet, r, columns.get("证书编号"));
            LocalDate issued = date(cell(sheet, r, columns.get("发证日期")), row, "发证日期", errors);
            LocalDate until = date(cell(sheet, r, columns.get("有效期至")), row, "有效期至", errors);
            if (errors.size() == before) {
                rows.add(new SheetRow(row, number, name, mark, hours, score, passed, certificate, issued, until));
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(header + 2, "工号", "签到表没有人员"));
        }
        return new Read(rows, errors);
    }

    private static String cell(SheetData sheet, int row, Integer column) {
        if (column == null) {
            return null;
        }
        String text = sheet.cell(row, column).strip();
        return text.isEmpty() ? null : text;
    }

    /** 出勤: present when empty; yes or no, or 请假 (excused). */
    private static AttendanceMark mark(String text, int row, List<RowError> errors) {
        if (text == null) {
            return AttendanceMark.PRESENT;
        }
        switch (text) {
            case "请假", "假", "事假", "病假", "公假":
                return AttendanceMark.EXCUSED;
            case "合格", "通过", "不合格", "未通过":
                break;
            default:
                int before = errors.size();
                Boolean present = yesNo(text, row, "出勤", errors, null);
                if (errors.size() == before) {
                    return AttendanceMark.of(present);
                }
                errors.remove(before);
        }
        errors.add(new RowError(row, "出勤", "无法识别“" + text + "”：请填“是”“否”或“请假”"));
        return null;
    }

    private static Boolean yesNo(String text, int row, String column, List<RowError> errors, Boolean empty) {
        if (text == null) {
            return empty;
        }
        switch (text) {
            case "是", "√", "到", "出勤", "合格", "通过", "Y", "y", "1":
                return Boolean.TRUE;
            case "否", "×", "缺", "缺勤", "不合格", "未通过", "N", "n", "0":
                return Boolean.FALSE;
            default:
                errors.add(new RowError(row, column, "无法识别“" + text + "”：请填“是”或“否”"));
                return null;
        }
    }

    private static BigDecimal number(String text, int row, String column, List<RowError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new RowError(row, column, "不是数字：“" + text + "”"));
            return null;
        }
    }

    private static LocalDate date(String text, int row, String column, List<RowError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-').length() == 10
                    ? text.replace('/', '-').replace('.', '-')
                    : text);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(row, column, "不是日期（如 2026-03-06）：“" + text + "”"));
            return null;
        }
    }
}
