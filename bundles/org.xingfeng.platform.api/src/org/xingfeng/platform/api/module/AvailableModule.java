package org.xingfeng.platform.api.module;

/** A module offered by an update site (a feature group {@code org.xingfeng.<id>}), and whether it is installed. */
public record AvailableModule(String id, String featureId, String name, String version, String installedVersion) {
}
