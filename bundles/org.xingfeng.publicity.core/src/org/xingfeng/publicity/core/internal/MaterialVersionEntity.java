package org.xingfeng.publicity.core.internal;

import java.sql.Timestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * One version of a material's file: the platform file's id and what it was when stored, and its downloads, counted by
 * an update in place so that downloads at the same moment are all counted.
 */
@Entity
@Table(name = "PUB_MATERIAL_VERSION", uniqueConstraints = @UniqueConstraint(name = "PUB_MATERIAL_VERSION_NUMBER",
        columnNames = { "MATERIAL_ID", "VERSION_NO" }))
public class MaterialVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PUB_MATERIAL_VERSION_SEQ")
    @SequenceGenerator(name = "PUB_MATERIAL_VERSION_SEQ", sequenceName = "PUB_MATERIAL_VERSION_SEQ",
            allocationSize = 10)
    public Long id;

    @Column(name = "MATERIAL_ID", nullable = false)
    public long materialId;

    @Column(name = "VERSION_NO", nullable = false)
    public int number;

    @Column(name = "FILE_ID", nullable = false)
    public long fileId;

    @Column(name = "NAME", length = 255, nullable = false)
    public String name;

    @Column(name = "MEDIA_TYPE", length = 100, nullable = false)
    public String mediaType;

    @Column(name = "SIZE_BYTES", nullable = false)
    public long size;

    @Column(name = "SHA256", length = 64, nullable = false)
    public String sha256;

    @Column(name = "NOTE", length = 500)
    public String note;

    @Column(name = "UPLOADED_BY", length = 64, nullable = false)
    public String uploadedBy;

    @Column(name = "UPLOADED_AT", nullable = false)
    public Timestamp uploadedAt;

    @Column(name = "DOWNLOADS", nullable = false)
    public long downloads;
}
