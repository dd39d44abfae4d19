package org.xingfeng.windows.api;

/**
 * The module's roles, held within the account's reach. Reading halls, windows, rosters, queues and figures needs one
 * of them (or the platform's admin or auditor role); each service names what its changes need.
 */
public final class WindowsRoles {

    /** 窗口管理: halls, zones, windows, the roster, the hall standard and inventories. */
    public static final String ADMIN = "windows.admin";
    /** 窗口人员: calls and serves tickets at a window (their rostered window when the day's roster names one). */
    public static final String STAFF = "windows.staff";
    /** 大堂经理: sets a ticket's priority class, transfers and parks tickets, takes tickets for citizens. */
    public static final String LOBBY = "windows.lobby";

    private WindowsRoles() {
    }
}
