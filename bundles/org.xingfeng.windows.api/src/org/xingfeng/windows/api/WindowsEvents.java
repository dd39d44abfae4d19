package org.xingfeng.windows.api;

/**
 * Events the module posts (OSGi Event Admin, asynchronously, after the change is committed) for live displays: the hall
 * display page and the clients' live queue follow them. Properties: {@link #HALL_ID}, {@link #TICKET_ID},
 * {@link #NUMBER} (the ticket's number, e.g. A012), {@link #MATTER_CODE}, {@link #WINDOW_ID} and
 * {@link #WINDOW_NUMBER} (for calls), {@link #STATE}, {@link #AT} (epoch milliseconds). Subscribers must not rely on
 * seeing every event: the live state ({@code LiveStateService}) is the truth.
 */
public final class WindowsEvents {

    /** Every windows event starts with this; subscribe to {@code TOPIC_PREFIX + "*"}. */
    public static final String TOPIC_PREFIX = "org/xingfeng/windows/";
    /** A ticket was taken (kiosk, web, appointment check-in, staff). */
    public static final String TAKEN = TOPIC_PREFIX + "TAKEN";
    /** A window called a ticket (call next). */
    public static final String CALLED = TOPIC_PREFIX + "CALLED";
    /** A window called a ticket again (recall): the display announces it again. */
    public static final String RECALLED = TOPIC_PREFIX + "RECALLED";
    /** A ticket changed otherwise: started, parked, transferred, finished, no-show, priority set. */
    public static final String CHANGED = TOPIC_PREFIX + "CHANGED";
    /** A window was opened, paused or closed. */
    public static final String WINDOW_CHANGED = TOPIC_PREFIX + "WINDOW_CHANGED";

    public static final String HALL_ID = "hallId";
    public static final String TICKET_ID = "ticketId";
    public static final String NUMBER = "number";
    public static final String MATTER_CODE = "matterCode";
    public static final String WINDOW_ID = "windowId";
    public static final String WINDOW_NUMBER = "windowNumber";
    public static final String STATE = "state";
    public static final String AT = "at";

    private WindowsEvents() {
    }
}
