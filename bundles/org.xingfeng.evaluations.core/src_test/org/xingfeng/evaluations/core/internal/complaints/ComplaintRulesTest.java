package org.xingfeng.evaluations.core.internal.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.complaints.ComplaintCategory;
import org.xingfeng.evaluations.api.complaints.ComplaintChannel;
import org.xingfeng.evaluations.api.complaints.ComplaintDraft;
import org.xingfeng.evaluations.api.complaints.ComplaintReply;
import org.xingfeng.evaluations.api.complaints.ComplaintState;
import org.xingfeng.evaluations.api.complaints.ComplaintStep;
import org.xingfeng.evaluations.api.complaints.ComplaintSubject;
import org.xingfeng.evaluations.api.complaints.ComplaintVerification;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.XingfengException;

class ComplaintRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static List<String> fields(ComplaintDraft d) {
        return ComplaintRules.check(d, TODAY).stream().map(FieldError::field).toList();
    }

    static ComplaintDraft draft(ComplaintSubject subject, Long staffId, String windowNo, Long sectionId,
            LocalDate received) {
        return new ComplaintDraft(ComplaintChannel.HOTLINE, ComplaintCategory.ATTITUDE, 1L, subject, staffId, windowNo,
                sectionId, null, null, "态度生硬", received);
    }

    @Test
    void theSubjectDecidesWhatIsRequired() {
        assertEquals(List.of(), fields(draft(ComplaintSubject.STAFF, 5L, null, null, TODAY)));
        assertEquals(List.of("staffId"), fields(draft(ComplaintSubject.STAFF, null, "3", null, TODAY)));
        assertEquals(List.of(), fields(draft(ComplaintSubject.WINDOW, null, "3", null, TODAY)));
        assertEquals(List.of("windowNo"), fields(draft(ComplaintSubject.WINDOW, null, " ", null, TODAY)));
        assertEquals(List.of("sectionId"), fields(draft(ComplaintSubject.SECTION, 5L, null, null, TODAY)));
        assertEquals(List.of("receivedDate"), fields(draft(ComplaintSubject.STAFF, 5L, null, null, TODAY.plusDays(1))),
                "not in the future");
        assertEquals(List.of("channel", "category", "unitId", "subject", "content", "receivedDate"),
                fields(new ComplaintDraft(null, null, null, null, null, null, null, null, null, " ", null)));
        assertEquals(List.of("content"), fields(new ComplaintDraft(ComplaintChannel.LETTER, ComplaintCategory.OTHER, 1L,
                ComplaintSubject.WINDOW, null, "1", null, null, null, "x".repeat(4001), TODAY)));
    }

    @Test
    void verificationAndReplyNeedTheirFields() {
        assertEquals(List.of(), ComplaintRules.check(new ComplaintVerification(false, "查无实据")));
        assertEquals(List.of("upheld", "findings"), ComplaintRules.check(new ComplaintVerification(null, ""))
                .stream().map(FieldError::field).toList());
        assertEquals(2, ComplaintRules.check((ComplaintVerification) null).size());
        assertEquals(List.of("text"),
                ComplaintRules.check(new ComplaintReply(" ")).stream().map(FieldError::field).toList());
        assertTrue(ComplaintRules.check(new ComplaintReply("已致歉")).isEmpty());
    }

    @Test
    void stepsGoRegisterVerifyReplyAndAWrongOneNamesTheStepDue() {
        ComplaintRules.requireDue(ComplaintState.REGISTERED, ComplaintStep.VERIFY);
        ComplaintRules.requireDue(ComplaintState.VERIFIED, ComplaintStep.REPLY);
        XingfengException early = assertThrows(XingfengException.class,
                () -> ComplaintRules.requireDue(ComplaintState.REGISTERED, ComplaintStep.REPLY));
        assertEquals(409, early.status());
        assertEquals("step_out_of_order", early.code());
        assertTrue(early.getMessage().contains("核实") && early.message(java.util.Locale.ENGLISH).contains("verify"),
                early.getMessage());
        XingfengException twice = assertThrows(XingfengException.class,
                () -> ComplaintRules.requireDue(ComplaintState.VERIFIED, ComplaintStep.VERIFY));
        assertTrue(twice.getMessage().contains("答复") && twice.message(java.util.Locale.ENGLISH).contains("reply"),
                twice.getMessage());
        XingfengException closed = assertThrows(XingfengException.class,
                () -> ComplaintRules.requireDue(ComplaintState.REPLIED, ComplaintStep.REPLY));
        assertEquals("none", closed.details().get(0).message());
    }

    @Test
    void overdueMeansTheDeadlinePassedWithoutAReply() {
        LocalDate due = LocalDate.of(2025, 10, 14);
        assertFalse(ComplaintRules.overdue(due, null, due), "the due day itself is in time");
        assertTrue(ComplaintRules.overdue(due, null, due.plusDays(1)));
        assertFalse(ComplaintRules.overdue(due, due, TODAY), "replied on the due day");
        assertTrue(ComplaintRules.overdue(due, due.plusDays(1), TODAY), "replied late stays overdue");
    }

    @Test
    void criticismCategoriesAreConfigurable() {
        assertEquals(Set.of(ComplaintCategory.ATTITUDE, ComplaintCategory.POLICY_ANSWER),
                ComplaintServiceImpl.categories("ATTITUDE, policy_answer"));
        assertThrows(IllegalArgumentException.class, () -> ComplaintServiceImpl.categories("RUDENESS"));
        assertThrows(IllegalArgumentException.class, () -> ComplaintServiceImpl.categories(" "));
    }
}
