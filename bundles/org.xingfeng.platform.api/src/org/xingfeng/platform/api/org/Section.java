package org.xingfeng.platform.api.org;

/** 科室/股室: a section of a unit's bureau. */
public record Section(long id, long unitId, String name) {
}
