package org.xingfeng.windows.api.roster;

/** 值班岗位 of a roster entry. */
public enum DutyRole {
    /** 窗口人员: sits at a window (the entry names it). */
    WINDOW_STAFF,
    /** 大堂经理 */
    LOBBY_MANAGER,
    /** 带班领导 */
    LEADER_ON_DUTY
}
