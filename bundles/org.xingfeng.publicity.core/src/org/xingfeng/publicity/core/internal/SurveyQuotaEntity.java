package org.xingfeng.publicity.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A survey's quota; {@code filled} is raised by a conditional update ({@code FILLED < QUOTA_LIMIT}) in the response's
 * transaction, so a quota never takes more than its limit however many answer at once.
 */
@Entity
@Table(name = "PUB_SURVEY_QUOTA", indexes = @Index(name = "PUB_SURVEY_QUOTA_SURVEY", columnList = "SURVEY_ID"))
public class SurveyQuotaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PUB_SURVEY_QUOTA_SEQ")
    @SequenceGenerator(name = "PUB_SURVEY_QUOTA_SEQ", sequenceName = "PUB_SURVEY_QUOTA_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "SURVEY_ID", nullable = false)
    public long surveyId;

    @Column(name = "POS", nullable = false)
    public int position;

    @Column(name = "NAME", length = 100, nullable = false)
    public String name;

    @Column(name = "AREA_UNIT_ID")
    public Long areaUnitId;

    @Column(name = "QUESTION_KEY", length = 32)
    public String questionKey;

    /** The group's option indexes, comma-separated. */
    @Column(name = "CHOICES", length = 100)
    public String choices;

    @Column(name = "QUOTA_LIMIT", nullable = false)
    public int quotaLimit;

    @Column(name = "FILLED", nullable = false)
    public int filled;
}
