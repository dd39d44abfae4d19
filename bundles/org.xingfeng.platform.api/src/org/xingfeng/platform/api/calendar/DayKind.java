package org.xingfeng.platform.api.calendar;

/** How an exceptional date differs from the plain weekday/weekend rule. */
public enum DayKind {
    /** 法定节假日或调休休息日: a day off although it may fall on a weekday. */
    HOLIDAY,
    /** 调休上班日: a working day although it falls on a weekend. */
    WORKDAY
}
