package org.xingfeng.demands.api.demands;

import java.time.LocalDate;

/**
 * A demand as it is registered. {@code unitId} is the unit concerned (in the caller's reach); the citizen's name,
 * telephone and identity number are optional (an anonymous letter has none) and protected: masked for those who need
 * not see them. {@code receivedDate} (受理日期) may not lie in the future; the deadline counts from it.
 * {@code externalNo} is the hotline's own ticket number (工单号), optional; {@code address} optional.
 */
public record DemandDraft(DemandChannel channel, Long unitId, String citizenName, String citizenPhone,
        String citizenIdNumber, String topic, DemandCategory category, String text, LocalDate receivedDate,
        String externalNo, String address) {
}
