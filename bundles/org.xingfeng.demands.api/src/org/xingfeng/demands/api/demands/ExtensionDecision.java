package org.xingfeng.demands.api.demands;

/** 延期审批 by the coordinator: approved adds the days asked for; either way the clock runs again. */
public record ExtensionDecision(Boolean approved, String note) {
}
