package org.xingfeng.platform.api;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The bureau's local settings that dates depend on. The time zone is the system property {@code xingfeng.timezone}
 * (default Asia/Shanghai): a date without a time ("2026-11-23") starts at midnight there, and spreadsheets show
 * instants in it.
 */
public final class Bureau {

    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    private Bureau() {
    }

    public static ZoneId zone() {
        String id = System.getProperty("xingfeng.timezone", DEFAULT_ZONE);
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalStateException("xingfeng.timezone is not a time zone: " + id, e);
        }
    }
}
