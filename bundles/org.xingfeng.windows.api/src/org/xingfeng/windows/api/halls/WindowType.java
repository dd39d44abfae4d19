package org.xingfeng.windows.api.halls;

/** 窗口类型 */
public enum WindowType {
    /** 综合窗口 (综合柜员制, 一窗受理): handles many matters. */
    COMPREHENSIVE,
    /** 专窗: a single matter (or a few of one kind). */
    SINGLE
}
