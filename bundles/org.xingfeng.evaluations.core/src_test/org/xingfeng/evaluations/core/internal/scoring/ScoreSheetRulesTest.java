package org.xingfeng.evaluations.core.internal.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.scoring.Quarter;
import org.xingfeng.evaluations.api.scoring.RaterGroup;
import org.xingfeng.evaluations.api.scoring.ScoreSheetDraft;
import org.xingfeng.platform.api.FieldError;

class ScoreSheetRulesTest {

    static final Quarter NOW = new Quarter(2026, 4);

    static List<String> fields(ScoreSheetDraft d) {
        return ScoreSheetRules.check(d, NOW).stream().map(FieldError::field).toList();
    }

    @Test
    void aGoodSheetPasses() {
        assertEquals(List.of(), fields(new ScoreSheetDraft(1L, "2026-Q3", RaterGroup.LEADERSHIP, 2L,
                List.of(18.0, 19.5, 17.0, 20.0, 0.0))));
        assertEquals(List.of(), fields(new ScoreSheetDraft(1L, "2026q4", RaterGroup.COLLEAGUES, 2L,
                List.of(20.0, 20.0, 20.0, 20.0, 20.0))));
    }

    @Test
    void everyBadFieldIsNamed() {
        assertEquals(List.of("sectionId", "quarter", "group", "raterStaffId", "items"),
                fields(new ScoreSheetDraft(null, null, null, null, null)));
        assertEquals(List.of("quarter"), fields(new ScoreSheetDraft(1L, "2026-Q5", RaterGroup.LEADERSHIP, 2L,
                List.of(1.0, 1.0, 1.0, 1.0, 1.0))));
        assertEquals(List.of("quarter"), fields(new ScoreSheetDraft(1L, "2027-Q1", RaterGroup.LEADERSHIP, 2L,
                List.of(1.0, 1.0, 1.0, 1.0, 1.0))), "a quarter that has not begun");
        assertEquals(List.of("group"), fields(new ScoreSheetDraft(1L, "2026-Q1", RaterGroup.PUBLIC, 2L,
                List.of(1.0, 1.0, 1.0, 1.0, 1.0))), "the public group is not entered by hand");
        assertEquals(List.of("items"), fields(new ScoreSheetDraft(1L, "2026-Q1", RaterGroup.LEADERSHIP, 2L,
                List.of(1.0, 1.0, 1.0, 1.0))));
        assertEquals(List.of("items[1]", "items[2]", "items[3]", "items[4]"), fields(new ScoreSheetDraft(1L, "2026-Q1",
                RaterGroup.LEADERSHIP, 2L, Arrays.asList(20.0, 20.5, -1.0, null, 12.25))));
        assertTrue(fields(null).contains("body"));
    }

    @Test
    void quartersParseAndSpanTheirMonths() {
        Quarter q = Quarter.parse("2026-Q1");
        assertEquals(LocalDate.of(2026, 1, 1), q.start());
        assertEquals(LocalDate.of(2026, 3, 31), q.end());
        assertEquals(LocalDate.of(2026, 12, 31), Quarter.parse("2026Q4").end());
        assertEquals("2026-Q2", Quarter.of(LocalDate.of(2026, 6, 30)).toString());
        assertNull(Quarter.parse("2026-Q0"));
        assertNull(Quarter.parse("26-Q1"));
        assertNull(Quarter.parse("1999-Q1"));
        assertThrows(IllegalArgumentException.class, () -> new Quarter(2026, 5));
    }
}
