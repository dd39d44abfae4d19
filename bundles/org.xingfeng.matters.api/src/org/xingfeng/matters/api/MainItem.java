package org.xingfeng.matters.api;

/** 主项: a main item of a unit's list, grouping sub-items. */
public record MainItem(long id, long unitId, String code, String name, MatterCategory category) {
}
