package org.xingfeng.training.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A session (课次) of a course. */
@Entity
@Table(name = "TRN_SESSION", indexes = @Index(name = "TRN_SESSION_COURSE", columnList = "COURSE_ID,DAY"))
public class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TRN_SESSION_SEQ")
    @SequenceGenerator(name = "TRN_SESSION_SEQ", sequenceName = "TRN_SESSION_SEQ", allocationSize = 20)
    public Long id;

    @Column(name = "COURSE_ID", nullable = false)
    public long courseId;

    @Column(name = "DAY", nullable = false)
    public LocalDate day;

    @Column(name = "STARTS_AT", nullable = false)
    public LocalTime startsAt;

    @Column(name = "ENDS_AT", nullable = false)
    public LocalTime endsAt;

    @Column(name = "PLACE", length = 200)
    public String place;

    @Column(name = "HOURS", precision = 5, scale = 2, nullable = false)
    public BigDecimal hours;

    @Column(name = "TOPIC", length = 200)
    public String topic;
}
