package org.xingfeng.evaluations.api.complaints;

import java.time.LocalDate;

/**
 * A complaint as it is registered. {@code unitId} is the unit complained about; the subject needs
 * {@code staffId} (a member of staff of the unit) for {@link ComplaintSubject#STAFF}, {@code windowNo} for
 * {@link ComplaintSubject#WINDOW} and {@code sectionId} (a section of the unit) for {@link ComplaintSubject#SECTION};
 * the others are optional detail and checked when given. The complainant's name and contact are optional.
 * {@code receivedDate} (收到日期) may not lie in the future; the reply deadline counts from it.
 */
public record ComplaintDraft(ComplaintChannel channel, ComplaintCategory category, Long unitId,
        ComplaintSubject subject, Long staffId, String windowNo, Long sectionId, String complainantName,
        String complainantContact, String content, LocalDate receivedDate) {
}
