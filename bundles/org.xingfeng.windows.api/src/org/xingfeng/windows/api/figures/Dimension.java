package org.xingfeng.windows.api.figures;

/** What service levels are broken down by. */
public enum Dimension {
    HOUR, DAY, WINDOW, STAFF, MATTER
}
