package org.xingfeng.publicity.core.internal;

import java.sql.Timestamp;
import java.time.LocalDate;

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

import org.xingfeng.publicity.api.campaigns.VenueKind;

/** An activity of a campaign held by a unit, with its outputs. */
@Entity
@Table(name = "PUB_ACTIVITY", indexes = @Index(name = "PUB_ACTIVITY_CAMPAIGN", columnList = "CAMPAIGN_ID, UNIT_ID"))
public class ActivityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PUB_ACTIVITY_SEQ")
    @SequenceGenerator(name = "PUB_ACTIVITY_SEQ", sequenceName = "PUB_ACTIVITY_SEQ", allocationSize = 20)
    public Long id;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    public long campaignId;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "ACTIVITY_DATE", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "VENUE_KIND", length = 24, nullable = false)
    public VenueKind venueKind;

    @Column(name = "VENUE", length = 200)
    public String venue;

    @Column(name = "DESCRIPTION", length = 2000)
    public String description;

    @Column(name = "LEAFLETS", nullable = false)
    public int leaflets;

    @Column(name = "BANNERS", nullable = false)
    public int banners;

    @Column(name = "SCREENS", nullable = false)
    public int screens;

    @Column(name = "SESSIONS", nullable = false)
    public int sessions;

    @Column(name = "PEOPLE_REACHED", nullable = false)
    public int peopleReached;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;
}
