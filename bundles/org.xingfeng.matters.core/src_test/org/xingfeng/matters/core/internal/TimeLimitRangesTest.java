package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.DiscretionFlag;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.platform.api.FieldError;

/** 办理时限 as ranges and as promised against legal limits: parsing, storing, figures and findings. */
class TimeLimitRangesTest {

    @Test
    void rangesAndLegalLimitsAreReadAsListsWriteThem() {
        assertEquals(TimeLimit.range(5, 10), TimeLimit.parse("5-10个工作日"));
        assertEquals(TimeLimit.range(5, 10), TimeLimit.parse("5至10个工作日"));
        assertEquals(TimeLimit.range(3, 7), TimeLimit.parse("3个工作日～7个工作日"));
        assertEquals(TimeLimit.days(5).withLegal(20), TimeLimit.parse("法定20个工作日，承诺5个工作日"));
        assertEquals(TimeLimit.days(5).withLegal(20), TimeLimit.parse("承诺5个工作日（法定20个工作日）"));
        assertEquals(TimeLimit.ON_THE_SPOT.withLegal(20), TimeLimit.parse("法定时限：20个工作日；承诺即时办结"));
        assertEquals(TimeLimit.days(20).withLegal(20), TimeLimit.parse("法定20个工作日"), "the law's limit alone");
        assertEquals(TimeLimit.days(5), TimeLimit.parse("5个工作日"));
        assertNull(TimeLimit.parse(" "));
        assertThrows(IllegalArgumentException.class, () -> TimeLimit.parse("10-5个工作日"));
        assertThrows(IllegalArgumentException.class, () -> TimeLimit.parse("法定5个工作日，承诺10个工作日"),
                "a promise longer than the law's limit");
        assertThrows(IllegalArgumentException.class, () -> TimeLimit.parse("5-400个工作日"));
    }

    @Test
    void labelsWriteBackWhatTheyRead() {
        for (TimeLimit t : List.of(TimeLimit.range(5, 10), TimeLimit.days(5).withLegal(20),
                TimeLimit.ON_THE_SPOT.withLegal(3), TimeLimit.range(2, 4).withLegal(4))) {
            assertEquals(t, TimeLimit.parse(t.text()), t.text());
            assertEquals(t.withLegal(null), TimeLimit.parse(t.label()), t.label());
        }
        assertEquals("承诺5-10个工作日（法定20个工作日）", TimeLimit.range(5, 10).withLegal(20).text());
        assertEquals(10, TimeLimit.range(5, 10).longestDays());
        assertTrue(TimeLimit.range(5, 10).range());
        assertFalse(TimeLimit.days(5).range());
    }

    static SubItem item(long id, TimeLimit limit) {
        return new SubItem(id, 1, 7, "C" + id, "I" + id, "事项" + id, Set.of(), null, List.of(), null, limit, List.of(),
                null, null, null, null, null);
    }

    @Test
    void aRangeCountsWithItsLongerEndAndIsADiscretionFinding() {
        var m = MetricsCalculator.of(7,
                List.of(item(1, TimeLimit.range(5, 15)), item(2, TimeLimit.days(5).withLegal(20))));
        assertEquals(10.0, m.averageTimeLimitDays(), "(15 + 5) / 2");
        assertEquals(List.of(new DiscretionFlag("timeLimit", "区间")), m.perItem().get(0).discretion());
        assertEquals(List.of(), m.perItem().get(1).discretion(), "a legal limit beside a promise is no discretion");
    }

    @Test
    void storedAndReadBackWithRowsStoredBeforeRangesKeepingTheirLimit() {
        SubItemMapper mapper = new SubItemMapper(Clock.systemUTC());
        SubItemEntity e = new SubItemEntity();
        SubItemDraft d = new SubItemDraft(1, "事项", null, null, Set.of(), null, List.of(), null,
                TimeLimit.range(5, 10).withLegal(20), List.of(), null, null, null, null, null, Set.of(), null);
        mapper.apply(SubItemMapper.row(d, new org.xingfeng.matters.api.MainItem(1, 7, "YB01", "主项",
                org.xingfeng.matters.api.MatterCategory.PAYMENT)), e);
        e.id = 1L;
        assertEquals(TimeLimit.range(5, 10).withLegal(20), mapper.toRecord(e).timeLimit());
        e.timeLimitMaxDays = null;
        e.legalLimitDays = null;
        assertEquals(TimeLimit.days(5), mapper.toRecord(e).timeLimit(), "a row from before: its one limit");
    }

    @Test
    void theEditorsRulesRefuseABackwardRangeAndAPromiseBeyondTheLaw() {
        assertEquals(List.of("timeLimit.maxWorkingDays"),
                SubItemRules.check(draft(new TimeLimit(false, 10, 5, null))).stream().map(FieldError::field).toList());
        assertEquals(List.of("timeLimit.legalWorkingDays"),
                SubItemRules.check(draft(new TimeLimit(false, 10, null, 5))).stream().map(FieldError::field).toList());
        assertEquals(List.of(), SubItemRules.check(draft(TimeLimit.range(5, 10).withLegal(10))));
    }

    static SubItemDraft draft(TimeLimit limit) {
        return new SubItemDraft(1, "事项", null, null, Set.of(), null, List.of(), null, limit, List.of(), null, null,
                null, null, null, Set.of(), null);
    }

    @Test
    void theLegalLimitsColumnIsReadAndABadOneNamed() {
        List<List<String>> cells = List.of(List.of("序号", "主项名称", "主项类别", "子项名称", "办理时限", "法定时限"),
                List.of("1", "主项", "给付", "子项一", "5-10个工作日", "20个工作日"),
                List.of("2", "", "", "子项二", "", "15"), List.of("3", "", "", "子项三", "10个工作日", "5个工作日"),
                List.of("4", "", "", "子项四", "5个工作日", "二十天"));
        MattersSheet.Result r = MattersSheet.read(cells);
        assertEquals(TimeLimit.range(5, 10).withLegal(20), r.rows().get(0).timeLimit());
        assertNull(r.rows().get(1).timeLimit(), "the file's time-limit cell is blank: no promise");
        assertEquals(List.of(4, 5), r.errors().stream().map(e -> e.row()).toList(), r.errors().toString());
        assertTrue(r.errors().stream().allMatch(e -> e.column().equals("法定时限")));
        MattersSheet.Result legalOnly = MattersSheet.read(List.of(List.of("序号", "主项名称", "主项类别", "子项名称", "法定时限"),
                List.of("1", "主项", "给付", "子项一", "20")));
        assertEquals(TimeLimit.days(20).withLegal(20), legalOnly.rows().get(0).timeLimit());
    }
}
