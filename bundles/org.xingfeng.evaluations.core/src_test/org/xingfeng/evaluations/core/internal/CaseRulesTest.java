package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.CaseAction;
import org.xingfeng.evaluations.api.CaseState;
import org.xingfeng.evaluations.api.CaseStep;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.ValidationException;

class CaseRulesTest {

    static CaseAction act(CaseStep step) {
        return new CaseAction(step, "done", step == CaseStep.CALLBACK ? Boolean.TRUE : null);
    }

    @Test
    void realNameCaseGoesThroughEveryStepInOrder() {
        CaseState s = CaseState.OPEN;
        for (CaseStep step : CaseStep.values()) {
            s = CaseRules.next(s, true, act(step));
        }
        assertEquals(CaseState.CLOSED, s);
        assertEquals(null, CaseRules.due(CaseState.CLOSED, true));
        assertThrows(ConflictException.class, () -> CaseRules.next(CaseState.CLOSED, true, act(CaseStep.CLOSE)));
    }

    @Test
    void stepsOutOfOrderAreRefusedNamingTheStepDue() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> CaseRules.next(CaseState.OPEN, true, act(CaseStep.RECTIFY)));
        assertTrue(e.getMessage().contains("核实"), e.getMessage());
        assertThrows(ConflictException.class, () -> CaseRules.next(CaseState.VERIFIED, true, act(CaseStep.RECTIFY)));
    }

    @Test
    void anAnonymousReviewSkipsTheCallback() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> CaseRules.next(CaseState.VERIFIED, false, act(CaseStep.CALLBACK)));
        assertTrue(e.getMessage().contains("匿名"), e.getMessage());
        assertEquals(CaseState.RECTIFIED, CaseRules.next(CaseState.VERIFIED, false, act(CaseStep.RECTIFY)));
    }

    @Test
    void anUnreachedCallbackIsRecordedButDoesNotComplete() {
        assertEquals(CaseState.VERIFIED,
                CaseRules.next(CaseState.VERIFIED, true, new CaseAction(CaseStep.CALLBACK, "无人接听", false)));
        assertThrows(ValidationException.class,
                () -> CaseRules.next(CaseState.VERIFIED, true, new CaseAction(CaseStep.CALLBACK, "?", null)));
        assertThrows(ValidationException.class,
                () -> CaseRules.next(CaseState.OPEN, true, new CaseAction(CaseStep.VERIFY, " ", null)));
    }

    @Test
    void overdueIsTheDayAfterTheDeadlineUntilTheStepIsDone() {
        CaseEntity c = new CaseEntity();
        c.realName = true;
        c.callbackDue = LocalDate.of(2026, 10, 8);
        c.rectifyDue = LocalDate.of(2026, 10, 29);
        assertFalse(CaseRules.callbackOverdue(c, LocalDate.of(2026, 10, 8)));
        assertTrue(CaseRules.callbackOverdue(c, LocalDate.of(2026, 10, 9)));
        c.calledBackOn = LocalDate.of(2026, 10, 9);
        assertFalse(CaseRules.callbackOverdue(c, LocalDate.of(2026, 10, 12)));
        assertTrue(CaseRules.rectifyOverdue(c, LocalDate.of(2026, 10, 30)));
        c.realName = false;
        c.calledBackOn = null;
        assertFalse(CaseRules.callbackOverdue(c, LocalDate.of(2026, 12, 1)),
                "anonymous reviews have no callback to miss");
        c.closedOn = LocalDate.of(2026, 10, 20);
        assertFalse(CaseRules.rectifyOverdue(c, LocalDate.of(2026, 12, 1)));
    }

    @Test
    void rollupKeysCoverTheUnitItsAncestorsAndEachPart() {
        LocalDate d = LocalDate.of(2026, 11, 23);
        var keys = Rollup.keysOf(java.util.List.of(7L, 3L, 1L), "5", 42L, 9L, "YB01-001", d);
        assertEquals(java.util.Set.of(new Rollup("U", "7", d), new Rollup("U", "3", d), new Rollup("U", "1", d),
                new Rollup("M", "7/YB01-001", d), new Rollup("M", "3/YB01-001", d), new Rollup("M", "1/YB01-001", d),
                new Rollup("W", "7/5", d), new Rollup("S", "42", d), new Rollup("C", "9", d)),
                new java.util.HashSet<>(keys));
        assertEquals(3, Rollup.keysOf(java.util.List.of(7L, 3L, 1L), null, null, null, null, d).size());
    }
}
