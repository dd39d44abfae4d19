package org.xingfeng.windows.api.roster;

/** Sessions recorded as such (seed 001/002). */
public enum SessionKind {
    /** 延时服务: serving after hours. */
    EXTENDED_HOURS,
    /** 帮办代办: handling for a citizen who cannot do it alone. */
    ASSISTED_HANDLING
}
