package org.xingfeng.training.core.internal;

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

/** A planned course of a plan, in its order. */
@Entity
@Table(name = "TRN_PLAN_ITEM", indexes = @Index(name = "TRN_PLAN_ITEM_PLAN", columnList = "PLAN_ID,POSITION"))
public class PlanItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TRN_PLAN_ITEM_SEQ")
    @SequenceGenerator(name = "TRN_PLAN_ITEM_SEQ", sequenceName = "TRN_PLAN_ITEM_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "PLAN_ID", nullable = false)
    public long planId;

    @Column(name = "POSITION", nullable = false)
    public int position;

    @Column(name = "TITLE", length = 200, nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false)
    public CourseKind kind;

    @Column(name = "TIERS", length = 100)
    public String tiers;

    @Column(name = "PLAN_MONTH", nullable = false)
    public int month;

    @Column(name = "DAYS")
    public Integer days;

    @Column(name = "PARTICIPANTS")
    public Integer participants;

    @Column(name = "COURSE_ID")
    public Long courseId;
}
