package org.xingfeng.platform.api;

import java.util.Map;

/**
 * Reads a setting from the component's configuration (ConfigAdmin), then from the system property
 * {@code xingfeng.<key>}, then falls back to a default. One place, so every setting is found the same way.
 */
public final class Settings {

    private final Map<String, ?> config;

    public Settings(Map<String, ?> config) {
        this.config = config == null ? Map.of() : config;
    }

    public String get(String key, String fallback) {
        Object v = config.get(key);
        if (v != null && !v.toString().isBlank()) {
            return v.toString().trim();
        }
        String sys = System.getProperty("xingfeng." + key);
        if (sys != null && !sys.isBlank()) {
            return sys.trim();
        }
        return fallback;
    }

    public int getInt(String key, int fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a number, was " + v, e);
        }
    }

    public double getDouble(String key, double fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a number, was " + v, e);
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        String v = get(key, null);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }
}
