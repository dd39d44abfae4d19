package org.xingfeng.demands.api.demands;

import java.util.List;

/** 交办: the lead section (牵头科室) and the other handling sections (相关科室), all sections of the unit concerned. */
public record Assignment(Long leadSectionId, List<Long> handlingSectionIds, String note) {
}
