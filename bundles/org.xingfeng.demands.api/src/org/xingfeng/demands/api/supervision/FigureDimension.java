package org.xingfeng.demands.api.supervision;

/** How figures are broken down. */
public enum FigureDimension {
    /** 单位 (the unit concerned). */
    UNIT,
    /** 牵头科室. */
    SECTION,
    /** 类别. */
    CATEGORY,
    /** 月份 of the received date. */
    MONTH
}
