package org.xingfeng.platform.provisioning.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;

/** An uploaded update site: a zip holding a p2 repository at its root (content and artifacts metadata). */
final class UpdateSiteArchive {

    static final Messages MESSAGES = Messages.of(UpdateSiteArchive.class);

    static final Set<String> METADATA = Set.of("content.jar", "content.xml", "content.xml.xz", "compositeContent.jar",
            "compositeContent.xml");

    private UpdateSiteArchive() {
    }

    static void check(Path archive) {
        if (archive == null) {
            throw new ValidationException("file", MESSAGES.text("updateSiteArchive.archive_required"));
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            boolean site = zip.stream().map(ZipEntry::getName).anyMatch(METADATA::contains);
            if (!site) {
                throw new ValidationException("file",
                        MESSAGES.text("updateSiteArchive.zip_no_p2_repository_at"));
            }
        } catch (IOException e) {
            throw new ValidationException("file", MESSAGES.text("updateSiteArchive.upload_not_zip_archive"));
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
