package org.xingfeng.platform.core.internal.store;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A stored file's bytes, apart from its record so that lists never load them. */
@Entity
@Table(name = "PLT_FILE_CONTENT")
public class FileContentEntity {

    @Id
    @Column(name = "FILE_ID")
    public Long fileId;

    // Derby sizes a BLOB by the column length (default 64000); PostgreSQL takes BYTEA of any size
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false, length = 1073741824)
    public byte[] content;
}
