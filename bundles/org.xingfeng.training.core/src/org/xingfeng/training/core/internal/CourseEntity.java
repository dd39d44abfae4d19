package org.xingfeng.training.core.internal;

import java.math.BigDecimal;
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

import org.xingfeng.training.api.courses.CourseKind;

/** A training course (培训课程) of a unit. */
@Entity
@Table(name = "TRN_COURSE", indexes = @Index(name = "TRN_COURSE_UNIT", columnList = "UNIT_ID,START_DATE"))
public class CourseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TRN_COURSE_SEQ")
    @SequenceGenerator(name = "TRN_COURSE_SEQ", sequenceName = "TRN_COURSE_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "TITLE", length = 200, nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false)
    public CourseKind kind;

    /** Tiers, comma-separated enum names. */
    @Column(name = "TIERS", length = 100)
    public String tiers;

    @Column(name = "ORGANISER", length = 200)
    public String organiser;

    @Column(name = "PLACE", length = 200)
    public String place;

    @Column(name = "ONLINE_COURSE", nullable = false)
    public boolean online;

    @Column(name = "START_DATE", nullable = false)
    public LocalDate startDate;

    @Column(name = "END_DATE", nullable = false)
    public LocalDate endDate;

    /** Working days by the calendar when the course was last saved. */
    @Column(name = "WORKING_DAYS", nullable = false)
    public int workingDays;

    @Column(name = "HOURS", precision = 8, scale = 2)
    public BigDecimal hours;

    @Column(name = "SYLLABUS", length = 4000)
    public String syllabus;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;
}
