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

import org.xingfeng.publicity.api.surveys.ResponseChannel;

/**
 * An anonymous response: the survey, the area of its code, the answers as JSON, the channel. The code is not kept with
 * it.
 */
@Entity
@Table(name = "PUB_SURVEY_RESPONSE", indexes = @Index(name = "PUB_SURVEY_RESPONSE_SURVEY",
        columnList = "SURVEY_ID, AREA_UNIT_ID"))
public class SurveyResponseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PUB_SURVEY_RESPONSE_SEQ")
    @SequenceGenerator(name = "PUB_SURVEY_RESPONSE_SEQ", sequenceName = "PUB_SURVEY_RESPONSE_SEQ",
            allocationSize = 50)
    public Long id;

    @Column(name = "SURVEY_ID", nullable = false)
    public long surveyId;

    @Column(name = "AREA_UNIT_ID", nullable = false)
    public long areaUnitId;

    @Lob
    @Column(name = "ANSWERS", nullable = false)
    public String answers;

    @Column(name = "ANSWERED_AT", nullable = false)
    public Timestamp answeredAt;

    /** PAPER for a questionnaire entered by staff; null (older rows) or WEB for the survey page. */
    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 8)
    public ResponseChannel channel;

    /** Who entered a paper questionnaire. */
    @Column(name = "ENTERED_BY", length = 64)
    public String enteredBy;
}
