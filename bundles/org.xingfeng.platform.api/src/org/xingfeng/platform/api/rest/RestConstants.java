package org.xingfeng.platform.api.rest;

/**
 * Names every module's REST resources use. Resources are Jakarta REST whiteboard services; they select the
 * platform's JSON extension so that they are served only while it is present.
 */
public final class RestConstants {

    /** Base of every module's resources: {@code /api/v1/<module id>}. */
    public static final String API_BASE = "api/v1";

    /** Name of the platform's JSON extension. */
    public static final String JSON_EXTENSION = "xingfeng.json";

    /** Filter that selects the JSON extension: use in {@code @JakartarsExtensionSelect}. */
    public static final String SELECT_JSON = "(osgi.jakartars.name=" + JSON_EXTENSION + ")";

    /** Media type of XLSX exports. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Media type of CSV exports and uploads (UTF-8). */
    public static final String CSV = "text/csv";

    private RestConstants() {
    }
}
