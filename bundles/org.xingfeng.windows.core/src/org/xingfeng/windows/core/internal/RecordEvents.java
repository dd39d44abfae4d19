package org.xingfeng.windows.core.internal;

import org.xingfeng.windows.api.WindowsEvents;

/**
 * The event posted when a record is closed at a window (after the commit), with the hall, window, state, time and
 * {@link #RECORD_ID}: the hall's live stream passes it on to the window's evaluator tablet, which then reads the record
 * (and its evaluation ticket) with a staff account. It carries no ticket: the stream is public.
 */
public final class RecordEvents {

    public static final String CLOSED = WindowsEvents.TOPIC_PREFIX + "RECORD_CLOSED";
    public static final String RECORD_ID = "recordId";

    private RecordEvents() {
    }
}
