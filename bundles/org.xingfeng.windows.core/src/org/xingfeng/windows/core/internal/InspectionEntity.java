package org.xingfeng.windows.core.internal;

import java.sql.Timestamp;
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
import jakarta.persistence.UniqueConstraint;

/** A dated inspection of a hall. */
@Entity
@Table(name = "WIN_INSPECTION", indexes = @Index(name = "WIN_INSPECTION_HALL", columnList = "HALL_ID, IDATE"))
public class InspectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WIN_INSPECTION_SEQ")
    @SequenceGenerator(name = "WIN_INSPECTION_SEQ", sequenceName = "WIN_INSPECTION_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "HALL_ID", nullable = false)
    public long hallId;

    @Column(name = "IDATE", nullable = false)
    public LocalDate date;

    @Column(name = "INSPECTOR", length = 100, nullable = false)
    public String inspector;

    @Column(name = "FINDINGS", length = 2000)
    public String findings;

    @Column(name = "MISSING", length = 2000)
    public String missingCodes;

    @Column(name = "PASSED", nullable = false)
    public boolean passed;
}
