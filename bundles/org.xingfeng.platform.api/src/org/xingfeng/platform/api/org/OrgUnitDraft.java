package org.xingfeng.platform.api.org;

/** What a caller supplies to create or change a unit. */
public record OrgUnitDraft(Long parentId, String code, String name, OrgLevel level) {
}
