package org.xingfeng.evaluations.api;

/** One indicator of a channel's indicator set (评价指标), e.g. {@code attitude} 服务态度, scored 1-5. */
public record Indicator(String id, String nameZh) {
}
