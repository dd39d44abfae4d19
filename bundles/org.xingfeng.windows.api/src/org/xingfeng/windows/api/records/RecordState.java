package org.xingfeng.windows.api.records;

/**
 * Where a handling record stands. {@code RECEIVED} (收件) when opened; then {@code ACCEPTED} (受理, the time limit
 * starts), {@code REVIEWED} (审核), {@code COMPLETED} (办结) and {@code DELIVERED} (送达); or, closing it otherwise,
 * {@code REJECTED} (不予受理), {@code RETURNED} (退回) and {@code NOTIFIED} (一次性告知: materials missing).
 */
public enum RecordState {
    RECEIVED, ACCEPTED, REVIEWED, COMPLETED, DELIVERED, REJECTED, RETURNED, NOTIFIED;

    /** Whether the handling is over (办结 or closed otherwise): no time limit runs any more. */
    public boolean closed() {
        return this != RECEIVED && this != ACCEPTED && this != REVIEWED;
    }
}
