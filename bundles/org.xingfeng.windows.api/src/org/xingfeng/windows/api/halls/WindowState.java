package org.xingfeng.windows.api.halls;

/** 窗口状态: only an open window calls tickets. */
public enum WindowState {
    /** 开放 */
    OPEN,
    /** 暂停 */
    PAUSED,
    /** 关闭 */
    CLOSED
}
