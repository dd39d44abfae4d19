package org.xingfeng.platform.provisioning.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.xingfeng.platform.api.ValidationException;

/** An uploaded update site: a zip holding a p2 repository at its root (content and artifacts metadata). */
final class UpdateSiteArchive {

    static final Set<String> METADATA = Set.of("content.jar", "content.xml", "content.xml.xz", "compositeContent.jar",
            "compositeContent.xml");

    private UpdateSiteArchive() {
    }

    static void check(Path archive) {
        if (archive == null) {
            throw new ValidationException("file", "file 必填 (the archive is required)");
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            boolean site = zip.stream().map(ZipEntry::getName).anyMatch(METADATA::contains);
            if (!site) {
                throw new ValidationException("file",
                        "压缩包根目录没有更新站点 (the zip has no p2 repository at its root: content.jar or content.xml expected)");
            }
        } catch (IOException e) {
            throw new ValidationException("file", "上传的文件不是 zip 压缩包 (the upload is not a zip archive)");
        }
    }

    static URI uri(Path zip) {
        try {
            return new URI("jar:" + zip.toAbsolutePath().toUri() + "!/");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
