package org.xingfeng.demands.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An extension request (申请延期) of a demand's round, and its decision (null while it waits). */
@Entity
@Table(name = "DMD_EXTENSION", indexes = @Index(name = "DMD_EXTENSION_DEMAND", columnList = "DEMAND_ID, ROUND_NO"))
public class ExtensionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DMD_EXTENSION_SEQ")
    @SequenceGenerator(name = "DMD_EXTENSION_SEQ", sequenceName = "DMD_EXTENSION_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "DEMAND_ID", nullable = false)
    public long demandId;

    @Column(name = "ROUND_NO", nullable = false)
    public int round;

    @Column(name = "DAYS", nullable = false)
    public int days;

    @Column(name = "REASON", length = 4000, nullable = false)
    public String reason;

    @Column(name = "REQUESTED_ON", nullable = false)
    public LocalDate requestedOn;

    @Column(name = "REQUESTED_BY", length = 100, nullable = false)
    public String requestedBy;

    @Column(name = "DECIDED_ON")
    public LocalDate decidedOn;

    @Column(name = "APPROVED")
    public Boolean approved;

    @Column(name = "DECIDED_BY", length = 100)
    public String decidedBy;

    DeadlineRules.Extension rule() {
        return new DeadlineRules.Extension(requestedOn, decidedOn, approved, days);
    }
}
