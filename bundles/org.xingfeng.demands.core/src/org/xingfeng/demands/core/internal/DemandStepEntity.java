package org.xingfeng.demands.core.internal;

import java.sql.Timestamp;

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

import org.xingfeng.demands.api.demands.DemandAction;
import org.xingfeng.demands.api.demands.DemandState;

/** One step of a demand's history: what, by whom, when, the state before and after, its text. */
@Entity
@Table(name = "DMD_STEP", indexes = @Index(name = "DMD_STEP_DEMAND", columnList = "DEMAND_ID, ID"))
public class DemandStepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DMD_STEP_SEQ")
    @SequenceGenerator(name = "DMD_STEP_SEQ", sequenceName = "DMD_STEP_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "DEMAND_ID", nullable = false)
    public long demandId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", length = 24, nullable = false)
    public DemandAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATE", length = 16)
    public DemandState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATE", length = 16, nullable = false)
    public DemandState toState;

    @Column(name = "TAKEN_BY", length = 100, nullable = false)
    public String takenBy;

    @Column(name = "TAKEN_AT", nullable = false)
    public Timestamp takenAt;

    @Column(name = "BODY", length = 4000)
    public String text;
}
