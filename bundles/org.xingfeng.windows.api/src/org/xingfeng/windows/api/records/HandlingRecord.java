package org.xingfeng.windows.api.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 办件: one handling of a matter for a citizen. {@code number} is unique within the unit and readable (2026-000123).
 * {@code timeLimitDays} is the matter's limit in working days (0: on the spot, 即时办结; null: not known, e.g. without
 * the matters module). {@code dueDate} is set at 受理 from the platform calendar; {@code dueSoon} and {@code overdue}
 * are computed when read. {@code onTime} is set once completed. The citizen's name and ID number are masked
 * (张*, 5107**********1234) unless the reader handles records. {@code evaluationTicket} is the signed ticket for the
 * citizen's evaluation, issued when the record is closed and the evaluations module is present (null otherwise).
 */
public record HandlingRecord(long id, long unitId, String number, Long hallId, Long windowId, String windowNumber,
        Long ticketId, String ticketNumber, HandlingChannel channel, String matterCode, String matterName,
        Integer timeLimitDays, String citizenName, String citizenIdNumber, Long staffId, String staffName,
        Long firstResponsibleStaffId, String firstResponsibleStaffName, RecordState state, Instant openedAt,
        String openedBy, LocalDate acceptedOn, LocalDate dueDate, Instant closedAt, LocalDate closedOn,
        Boolean onTime, boolean dueSoon, boolean overdue, String note, List<String> missingMaterials,
        List<HandlingStep> steps, String evaluationTicket) {

    public HandlingRecord {
        missingMaterials = missingMaterials == null ? List.of() : List.copyOf(missingMaterials);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
