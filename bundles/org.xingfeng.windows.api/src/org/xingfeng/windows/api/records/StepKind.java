package org.xingfeng.windows.api.records;

/**
 * A step of a handling record: 受理 ACCEPT, 审核 REVIEW, 办结 COMPLETE, 送达 DELIVER; 不予受理 REJECT and 退回 RETURN (each
 * with its reason); 一次性告知 NOTIFY (with the materials missing).
 */
public enum StepKind {
    ACCEPT, REVIEW, COMPLETE, DELIVER, REJECT, RETURN, NOTIFY
}
