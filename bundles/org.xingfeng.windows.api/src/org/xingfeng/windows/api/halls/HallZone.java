package org.xingfeng.windows.api.halls;

/** 功能分区 of a standard hall (seed 001/003). */
public enum HallZone {
    /** 咨询引导区 */
    GUIDANCE,
    /** 自助服务区 */
    SELF_SERVICE,
    /** 排队取号区 */
    QUEUEING,
    /** 等候休息区 */
    WAITING,
    /** 窗口受理区 */
    COUNTERS,
    /** 多媒体展示区 */
    MULTIMEDIA
}
