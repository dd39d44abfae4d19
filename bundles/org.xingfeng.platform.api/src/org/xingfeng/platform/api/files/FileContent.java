package org.xingfeng.platform.api.files;

/** A stored file with its bytes. */
public record FileContent(StoredFile file, byte[] bytes) {
}
