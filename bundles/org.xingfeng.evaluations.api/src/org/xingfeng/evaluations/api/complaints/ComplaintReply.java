package org.xingfeng.evaluations.api.complaints;

/** 答复: what the complainant was told (required). */
public record ComplaintReply(String text) {
}
