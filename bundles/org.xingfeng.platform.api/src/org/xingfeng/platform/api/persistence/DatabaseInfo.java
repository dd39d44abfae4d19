package org.xingfeng.platform.api.persistence;

/** The configured database: its kind ({@code derby-embedded}, {@code derby-network}, {@code postgresql}) and URL without password. */
public record DatabaseInfo(String kind, String url) {
}
