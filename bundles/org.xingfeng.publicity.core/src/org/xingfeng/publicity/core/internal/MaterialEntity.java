package org.xingfeng.publicity.core.internal;

import java.sql.Timestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.xingfeng.publicity.api.materials.MaterialKind;
import org.xingfeng.publicity.api.materials.MaterialState;

/** A material of the library (宣传资料) of a unit; its files are the platform's, one per version. */
@Entity
@Table(name = "PUB_MATERIAL", indexes = @Index(name = "PUB_MATERIAL_UNIT", columnList = "UNIT_ID, STATE"))
public class MaterialEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PUB_MATERIAL_SEQ")
    @SequenceGenerator(name = "PUB_MATERIAL_SEQ", sequenceName = "PUB_MATERIAL_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "CAMPAIGN_ID")
    public Long campaignId;

    @Column(name = "TOPIC", length = 100)
    public String topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    public MaterialKind kind;

    @Column(name = "TITLE", length = 200, nullable = false)
    public String title;

    @Column(name = "DESCRIPTION", length = 2000)
    public String description;

    @Column(name = "LINK", length = 500)
    public String link;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    public MaterialState state;

    @Column(name = "APPROVED_BY", length = 64)
    public String approvedBy;

    @Column(name = "APPROVED_AT")
    public Timestamp approvedAt;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;
}
