package org.xingfeng.demands.api.demands;

/** 申请延期: more working days and why. The deadline's clock stops while the request waits for a decision. */
public record ExtensionRequest(Integer days, String reason) {
}
