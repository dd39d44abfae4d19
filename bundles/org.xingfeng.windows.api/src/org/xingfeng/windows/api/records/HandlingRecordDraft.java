package org.xingfeng.windows.api.records;

/**
 * What a window supplies to open a record. From a ticket ({@code ticketId}: the ticket being served; its hall, window
 * and matter are taken from it), or directly at a window ({@code windowId}), or without a window for the online and
 * station channels ({@code unitId}). {@code matterCode} is required unless the ticket gives it. {@code staffId}
 * defaults to the caller's staff member, {@code firstResponsibleStaffId} (首问负责人) to the staff member, {@code channel}
 * to WINDOW.
 */
public record HandlingRecordDraft(Long ticketId, Long windowId, Long unitId, String matterCode, String citizenName,
        String citizenIdNumber, Long staffId, Long firstResponsibleStaffId, HandlingChannel channel, String note) {
}
