package org.xingfeng.platform.api.files;

import java.time.Instant;

/**
 * A stored file's record: its owner, the name it was given (cleaned of paths), the media type read from its content
 * (not from the name), its size in bytes, the SHA-256 of its content (hex), who uploaded it and when.
 */
public record StoredFile(long id, String module, String kind, String ownerId, long unitId, String name,
        String mediaType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
