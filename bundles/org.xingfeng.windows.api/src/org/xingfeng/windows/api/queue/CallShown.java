package org.xingfeng.windows.api.queue;

import java.time.Instant;

/** A call as the hall display shows it: ticket number, window number, matter name, when. */
public record CallShown(long ticketId, String number, String windowNumber, String matterName, Instant calledAt) {
}
