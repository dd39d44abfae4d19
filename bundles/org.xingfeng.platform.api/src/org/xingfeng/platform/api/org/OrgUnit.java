package org.xingfeng.platform.api.org;

/** A bureau or service point in the organisation tree (省 > 市 > 县 > 乡镇 > 村服务站). {@code parentId} is null at the root. */
public record OrgUnit(long id, Long parentId, String code, String name, OrgLevel level) {
}
