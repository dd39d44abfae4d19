package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.training.api.courses.CourseKind;
import org.xingfeng.training.api.plans.PlanDraft;
import org.xingfeng.training.api.plans.PlanItemDraft;
import org.xingfeng.training.api.plans.PlanItemState;

class PlanRulesTest {

    static PlanItemDraft item(String title, Integer month) {
        return new PlanItemDraft(title, CourseKind.POLICY, List.of(StaffTier.WINDOW_STAFF), month, 5, 40, null);
    }

    static List<String> fields(PlanDraft d, boolean creating) {
        return PlanRules.check(d, creating).stream().map(FieldError::field).toList();
    }

    @Test
    void aPlanNamesEachBadField() {
        assertEquals(List.of(), fields(new PlanDraft(3L, 2026, new BigDecimal("0.9"), new BigDecimal("90"), "x",
                List.of(item("医保政策解读", 3))), true));
        assertEquals(List.of("unitId", "year"), fields(new PlanDraft(null, null, null, null, null, null), true));
        assertEquals(List.of(), fields(new PlanDraft(null, null, null, null, null, null), false));
        assertEquals(List.of("year", "targetCoverage", "targetHoursPerHead", "note"),
                fields(new PlanDraft(3L, 1999, new BigDecimal("1.5"), new BigDecimal("-1"), "长".repeat(1001),
                        null), true));
        assertEquals(List.of("targetCoverage"),
                fields(new PlanDraft(3L, 2026, new BigDecimal("0.12345"), null, null, null), true));
        PlanItemDraft bad = new PlanItemDraft(" ", null, Collections.singletonList(null), 13, 0, 0, null);
        assertEquals(List.of("items[1].title", "items[1].kind", "items[1].tiers", "items[1].month",
                "items[1].days", "items[1].participants"),
                fields(new PlanDraft(3L, 2026, null, null, null, List.of(item("a", 1), bad)), true));
        assertEquals(List.of("items[0].month"),
                fields(new PlanDraft(3L, 2026, null, null, null, List.of(item("a", null))), true));
        List<PlanItemDraft> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(item("课" + i, 1));
        }
        assertEquals(List.of("items"), fields(new PlanDraft(3L, 2026, null, null, null, many), true));
    }

    @Test
    void aPlannedCourseIsHeldScheduledPlannedOrOverdue() {
        LocalDate asOf = LocalDate.of(2026, 6, 15);
        assertEquals(PlanItemState.HELD, PlanRules.state(2026, 3, LocalDate.of(2026, 6, 15), asOf));
        assertEquals(PlanItemState.SCHEDULED, PlanRules.state(2026, 3, LocalDate.of(2026, 6, 16), asOf));
        assertEquals(PlanItemState.OVERDUE, PlanRules.state(2026, 5, null, asOf));
        assertEquals(PlanItemState.PLANNED, PlanRules.state(2026, 6, null, asOf)); // June is not over
        assertEquals(PlanItemState.OVERDUE, PlanRules.state(2026, 6, null, LocalDate.of(2026, 7, 1)));
        assertEquals(PlanItemState.PLANNED, PlanRules.state(2026, 6, null, LocalDate.of(2026, 6, 30)));
    }

    @Test
    void aTargetIsMetAtItsValue() {
        assertNull(PlanRules.met(new BigDecimal("0.5"), null));
        assertEquals(false, PlanRules.met(null, new BigDecimal("0.9")));
        assertEquals(true, PlanRules.met(new BigDecimal("0.9000"), new BigDecimal("0.9")));
        assertEquals(false, PlanRules.met(new BigDecimal("0.8999"), new BigDecimal("0.9")));
    }
}
