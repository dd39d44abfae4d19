package org.xingfeng.demands.api.demands;

/** 牵头审核: approved moves the demand to 已审核, otherwise it returns to the sections (已交办) with the note. */
public record Review(Boolean approved, String note) {
}
