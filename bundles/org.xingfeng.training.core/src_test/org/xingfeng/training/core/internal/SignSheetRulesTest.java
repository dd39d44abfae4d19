package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.spreadsheet.RowError;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.training.api.attendance.AttendanceMark;

class SignSheetRulesTest {

    static SheetData sheet(List<List<String>> rows) {
        return new SheetData("签到表", rows, List.of());
    }

    @Test
    void aGoodSheetIsReadBelowItsTitleAndHeader() {
        SignSheetRules.Read read = SignSheetRules.read(sheet(List.of(List.of("2026年服务礼仪培训签到表"),
                List.of("序号", "工号", "姓名", "出勤", "学时", "成绩", "考核", "证书编号", "发证日期"),
                List.of("1", "MY0001", "张三", "√", "3", "92", "合格", "PX-1", "2026-03-06"),
                List.of("2", "", "李四", "", "", "", "", "", ""), List.of("", "", "", "", "", "", "", "", ""),
                List.of("3", "MY0003", "", "缺", "", "", "", "", ""),
                List.of("4", "MY0004", "", "请假", "", "", "", "", ""))));
        assertEquals(List.of(), read.errors());
        assertEquals(4, read.rows().size());
        SignSheetRules.SheetRow first = read.rows().get(0);
        assertEquals(3, first.row(), "the sheet's own row number");
        assertEquals("MY0001", first.staffNumber());
        assertEquals(AttendanceMark.PRESENT, first.mark());
        assertEquals(new BigDecimal("3"), first.hours());
        assertEquals(Boolean.TRUE, first.passed());
        assertEquals(LocalDate.of(2026, 3, 6), first.certificateIssued());
        SignSheetRules.SheetRow second = read.rows().get(1);
        assertNull(second.staffNumber());
        assertEquals("李四", second.name());
        assertEquals(AttendanceMark.PRESENT, second.mark(), "a name on the sheet signed in");
        assertNull(second.passed());
        assertEquals(6, read.rows().get(2).row(), "the empty row is skipped, not renumbered");
        assertEquals(AttendanceMark.ABSENT, read.rows().get(2).mark());
        assertEquals(AttendanceMark.EXCUSED, read.rows().get(3).mark(), "请假: excused, not absent");
    }

    @Test
    void everyBadCellIsReportedWithItsRowAndColumn() {
        SignSheetRules.Read read = SignSheetRules.read(sheet(List.of(List.of("工号", "出勤", "学时", "发证日期"),
                List.of("MY0001", "也许", "三", "2026-03-06"), List.of("MY0002", "是", "3", "六号"),
                List.of("MY0003", "是", "3", "2026/03/06"), List.of("MY0004", "合格", "3", ""))));
        assertEquals(List.of(new RowError(2, "出勤", "无法识别“也许”：请填“是”“否”或“请假”"),
                new RowError(2, "学时", "不是数字：“三”"), new RowError(3, "发证日期", "不是日期（如 2026-03-06）：“六号”"),
                new RowError(5, "出勤", "无法识别“合格”：请填“是”“否”或“请假”")),
                read.errors());
        assertEquals(1, read.rows().size());
        assertEquals(LocalDate.of(2026, 3, 6), read.rows().get(0).certificateIssued());
    }

    @Test
    void aSheetWithoutHeaderOrPeopleIsRefused() {
        assertTrue(SignSheetRules.read(sheet(List.of(List.of("甲", "乙"), List.of("1", "2")))).errors().get(0)
                .message().contains("表头"));
        assertTrue(SignSheetRules.read(sheet(List.of(List.of("工号", "姓名")))).errors().get(0).message()
                .contains("没有人员"));
    }
}
