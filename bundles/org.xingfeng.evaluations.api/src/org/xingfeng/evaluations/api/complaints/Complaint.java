package org.xingfeng.evaluations.api.complaints;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registered complaint (投诉) with its steps. {@code replyDue} is {@code receivedDate} plus the configured number
 * of working days (fixed when the complaint is registered). {@code overdue} (超期) is true when the deadline passed
 * without a reply: not replied by the end of {@code replyDue}, or replied on a later day. {@code due} is the step
 * due next, null once replied. Names of the staff member, section and unit are filled in from the org tree.
 */
public record Complaint(long id, long unitId, String unitName, ComplaintChannel channel, ComplaintCategory category,
        ComplaintSubject subject, Long staffId, String staffNumber, String staffName, String windowNo,
        Long sectionId, String sectionName, String complainantName, String complainantContact, String content,
        LocalDate receivedDate, LocalDate replyDue, String registeredBy, Instant registeredAt, Boolean upheld,
        String findings, String verifiedBy, Instant verifiedAt, String reply, String repliedBy, Instant repliedAt,
        LocalDate repliedOn, ComplaintState state, ComplaintStep due, boolean overdue) {
}
