package org.xingfeng.evaluations.api;

/** Periods of a satisfaction trend. */
public enum Granularity {
    DAY, MONTH, QUARTER, YEAR
}
