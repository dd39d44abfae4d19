package org.xingfeng.windows.api.queue;

/** How a ticket ends: the outcome (required) and a note (up to 500 characters). */
public record Finish(Outcome outcome, String note) {
}
