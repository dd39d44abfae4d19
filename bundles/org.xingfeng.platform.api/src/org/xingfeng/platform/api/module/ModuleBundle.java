package org.xingfeng.platform.api.module;

/** One bundle of a module, with its OSGi state ({@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, ...). */
public record ModuleBundle(String symbolicName, String version, String state) {
}
