package org.xingfeng.windows.rest.internal;

import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.queue.TicketSource;

/** Small request bodies of the module's operations. */
final class Bodies {

    private Bodies() {
    }

    /** {@code {"state":"OPEN"}} */
    record StateChange(WindowState state) {
    }

    /** {@code {"windowId":3}} */
    record WindowChoice(Long windowId) {
    }

    /** {@code {"priorityClass":"ELDERLY"}} or null to clear */
    record PriorityChange(String priorityClass) {
    }

    /** {@code {"reference":"K7M2Q9PX"}} */
    record BookingReference(String reference) {
    }

    /** A citizen's check-in at the kiosk: the hall and the booking's reference. */
    record CheckIn(Long hallId, String reference) {
    }

    /** A citizen's ticket: hall, matter, and where it is taken (KIOSK or WEB). */
    record PublicTicket(Long hallId, String matterCode, TicketSource source) {
    }
}
