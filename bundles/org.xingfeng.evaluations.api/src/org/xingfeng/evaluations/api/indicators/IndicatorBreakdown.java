package org.xingfeng.evaluations.api.indicators;

/** What indicator ratings are broken down by, beside the indicator: nothing (one line per indicator), or a part. */
public enum IndicatorBreakdown {
    WINDOW, STAFF, UNIT, MONTH
}
