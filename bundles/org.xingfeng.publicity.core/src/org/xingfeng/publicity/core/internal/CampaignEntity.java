package org.xingfeng.publicity.core.internal;

import java.sql.Timestamp;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A campaign (集中宣传活动) of a unit. Sets of enum names are kept comma-separated. */
@Entity
@Table(name = "PUB_CAMPAIGN", indexes = @Index(name = "PUB_CAMPAIGN_UNIT", columnList = "UNIT_ID, START_DATE"))
public class CampaignEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PUB_CAMPAIGN_SEQ")
    @SequenceGenerator(name = "PUB_CAMPAIGN_SEQ", sequenceName = "PUB_CAMPAIGN_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "THEME", length = 200, nullable = false)
    public String theme;

    @Column(name = "START_DATE", nullable = false)
    public LocalDate startDate;

    @Column(name = "END_DATE", nullable = false)
    public LocalDate endDate;

    @Column(name = "GOAL", length = 2000)
    public String goal;

    @Column(name = "TARGET_GROUPS", length = 300)
    public String targetGroups;

    @Column(name = "VENUE_KINDS", length = 300)
    public String venueKinds;

    @Column(name = "CHANNELS", length = 300, nullable = false)
    public String channels;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;
}
