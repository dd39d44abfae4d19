package org.xingfeng.windows.api.queue;

/** Where a ticket was taken. */
public enum TicketSource {
    /** 取号机 (the kiosk page) */
    KIOSK,
    /** 网上取号 */
    WEB,
    /** 预约签到 */
    APPOINTMENT,
    /** 大堂经理代取 */
    STAFF
}
