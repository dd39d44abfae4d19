package org.xingfeng.publicity.api.materials;

import java.time.Instant;

/**
 * One uploaded version of a material's file: its number (1, 2, ...), the platform file, its name, type read from the
 * content, size and SHA-256, a note on what changed, who uploaded it and when, and how often it was downloaded.
 */
public record MaterialVersion(int number, long fileId, String name, String mediaType, long size, String sha256,
        String note, String uploadedBy, Instant uploadedAt, long downloads) {
}
