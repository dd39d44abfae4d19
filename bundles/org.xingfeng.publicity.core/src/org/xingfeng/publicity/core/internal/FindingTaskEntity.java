package org.xingfeng.publicity.core.internal;

import java.sql.Timestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.xingfeng.publicity.api.surveys.FindingMeasure;

/**
 * A survey finding made a rectification task of the evaluations module: one per survey, area, question and measure
 * (the unique key keeps two editors at the same moment from making two tasks).
 */
@Entity
@Table(name = "PUB_FINDING_TASK", uniqueConstraints = @UniqueConstraint(name = "PUB_FINDING_TASK_FINDING",
        columnNames = { "SURVEY_ID", "AREA_UNIT_ID", "QUESTION_KEY", "MEASURE" }))
public class FindingTaskEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PUB_FINDING_TASK_SEQ")
    @SequenceGenerator(name = "PUB_FINDING_TASK_SEQ", sequenceName = "PUB_FINDING_TASK_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "SURVEY_ID", nullable = false)
    public long surveyId;

    @Column(name = "AREA_UNIT_ID", nullable = false)
    public long areaUnitId;

    @Column(name = "QUESTION_KEY", length = 32, nullable = false)
    public String questionKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "MEASURE", length = 16, nullable = false)
    public FindingMeasure measure;

    @Column(name = "TASK_ID")
    public Long taskId;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;
}
