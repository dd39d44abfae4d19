package org.xingfeng.evaluations.api.indicators;

import java.time.LocalDate;

import org.xingfeng.evaluations.api.Channel;

/**
 * Indicator ratings of the evaluations given from {@code from} to {@code to} (the bureau's days, both required, at most
 * three years) in a unit and below ({@code unitId}; null: the caller's reach), of one channel (null: all), broken down
 * by {@code by} (null: per indicator only).
 */
public record IndicatorQuery(Long unitId, LocalDate from, LocalDate to, IndicatorBreakdown by, Channel channel) {
}
