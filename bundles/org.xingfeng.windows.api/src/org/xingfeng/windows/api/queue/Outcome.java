package org.xingfeng.windows.api.queue;

/** 办理结果 of a finished ticket. */
public enum Outcome {
    /** 办结 */
    DONE,
    /** 受理 (accepted, decided later) */
    ACCEPTED,
    /** 一次性告知补正材料 */
    MATERIALS_MISSING,
    /** 不予受理 */
    REJECTED,
    /** 咨询 */
    CONSULTATION,
    /** 转办 (handed to another office) */
    REFERRED
}
