package org.xingfeng.demands.api.demands;

/** 回访: whether the citizen is satisfied with the reply; not satisfied reopens the demand. */
public record Satisfaction(Boolean satisfied, String remark) {
}
