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
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.xingfeng.publicity.api.surveys.SurveyKind;
import org.xingfeng.publicity.api.surveys.SurveyState;

/** A questionnaire; its questions are kept as JSON. */
@Entity
@Table(name = "PUB_SURVEY", indexes = @Index(name = "PUB_SURVEY_UNIT", columnList = "UNIT_ID"))
public class SurveyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PUB_SURVEY_SEQ")
    @SequenceGenerator(name = "PUB_SURVEY_SEQ", sequenceName = "PUB_SURVEY_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "TITLE", length = 200, nullable = false)
    public String title;

    @Column(name = "INTRO", length = 2000)
    public String intro;

    @Enumerated(EnumType.STRING)
    @Column(name = "SURVEY_KIND", length = 16, nullable = false)
    public SurveyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "SURVEY_STATE", length = 16, nullable = false)
    public SurveyState state;

    @Lob
    @Column(name = "QUESTIONS", nullable = false)
    public String questions;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;
}
