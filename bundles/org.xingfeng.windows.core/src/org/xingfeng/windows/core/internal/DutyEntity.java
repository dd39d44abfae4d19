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

/** A duty of a day (值班). */
@Entity
@Table(name = "WIN_DUTY",
        uniqueConstraints = @UniqueConstraint(name = "WIN_DUTY_STAFF",
                columnNames = { "HALL_ID", "DDATE", "STAFF_ID" }),
        indexes = @Index(name = "WIN_DUTY_WINDOW", columnList = "WINDOW_ID, DDATE"))
public class DutyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WIN_DUTY_SEQ")
    @SequenceGenerator(name = "WIN_DUTY_SEQ", sequenceName = "WIN_DUTY_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "HALL_ID", nullable = false)
    public long hallId;

    @Column(name = "DDATE", nullable = false)
    public LocalDate date;

    @Column(name = "DROLE", length = 16, nullable = false)
    public String role;

    @Column(name = "STAFF_ID", nullable = false)
    public long staffId;

    @Column(name = "WINDOW_ID")
    public Long windowId;

    @Column(name = "NOTE", length = 200)
    public String note;
}
