package org.xingfeng.platform.core.internal.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.xingfeng.platform.api.files.StoredFile;

/** A stored file's record; its bytes are in {@link FileContentEntity}, written in the same transaction. */
@Entity
@Table(name = "PLT_FILE", indexes = @Index(name = "PLT_FILE_OWNER", columnList = "MODULE,KIND,OWNER_ID"))
public class FileEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PLT_FILE_SEQ")
    @SequenceGenerator(name = "PLT_FILE_SEQ", sequenceName = "PLT_FILE_SEQ", allocationSize = 20)
    public Long id;

    @Column(name = "MODULE", length = 64, nullable = false)
    public String module;

    @Column(name = "KIND", length = 64, nullable = false)
    public String kind;

    @Column(name = "OWNER_ID", length = 64, nullable = false)
    public String ownerId;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "NAME", length = 400, nullable = false)
    public String name;

    @Column(name = "MEDIA_TYPE", length = 128, nullable = false)
    public String mediaType;

    @Column(name = "SIZE_BYTES", nullable = false)
    public long size;

    @Column(name = "SHA256", length = 64, nullable = false)
    public String sha256;

    @Column(name = "UPLOADED_BY", length = 64, nullable = false)
    public String uploadedBy;

    @Column(name = "UPLOADED_AT", nullable = false)
    public Instant uploadedAt;

    public StoredFile toRecord() {
        return new StoredFile(id, module, kind, ownerId, unitId, name, mediaType, size, sha256, uploadedBy,
                uploadedAt);
    }
}
