package org.xingfeng.publicity.core.internal;

import java.sql.Timestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * An access code of a survey for respondents of an area; {@code used} is set by a conditional update in the response's
 * transaction, so a code takes exactly one response.
 */
@Entity
@Table(name = "PUB_SURVEY_CODE", uniqueConstraints = @UniqueConstraint(name = "PUB_SURVEY_CODE_CODE",
        columnNames = "CODE"),
        indexes = @Index(name = "PUB_SURVEY_CODE_SURVEY", columnList = "SURVEY_ID, AREA_UNIT_ID"))
public class SurveyCodeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PUB_SURVEY_CODE_SEQ")
    @SequenceGenerator(name = "PUB_SURVEY_CODE_SEQ", sequenceName = "PUB_SURVEY_CODE_SEQ", allocationSize = 100)
    public Long id;

    @Column(name = "SURVEY_ID", nullable = false)
    public long surveyId;

    @Column(name = "CODE", length = 16, nullable = false)
    public String code;

    @Column(name = "AREA_UNIT_ID", nullable = false)
    public long areaUnitId;

    @Column(name = "USED", nullable = false)
    public boolean used;

    @Column(name = "USED_AT")
    public Timestamp usedAt;
}
