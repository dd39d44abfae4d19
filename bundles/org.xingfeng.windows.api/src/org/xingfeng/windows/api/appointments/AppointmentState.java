package org.xingfeng.windows.api.appointments;

/** BOOKED → CHECKED_IN (at the kiosk: a ticket is taken), CANCELLED (by the citizen), EXPIRED (not checked in in time: a no-show). */
public enum AppointmentState {
    /** 已预约 */
    BOOKED,
    /** 已签到 */
    CHECKED_IN,
    /** 已取消 */
    CANCELLED,
    /** 已过期 (爽约) */
    EXPIRED
}
