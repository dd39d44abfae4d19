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

/** An extended-hours or assisted-handling session (延时服务, 帮办代办). */
@Entity
@Table(name = "WIN_SESSION", indexes = @Index(name = "WIN_SESSION_HALL", columnList = "HALL_ID, SDATE"))
public class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WIN_SESSION_SEQ")
    @SequenceGenerator(name = "WIN_SESSION_SEQ", sequenceName = "WIN_SESSION_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "HALL_ID", nullable = false)
    public long hallId;

    @Column(name = "KIND", length = 20, nullable = false)
    public String kind;

    @Column(name = "SDATE", nullable = false)
    public LocalDate date;

    @Column(name = "START_TIME", nullable = false)
    public LocalTime start;

    @Column(name = "END_TIME", nullable = false)
    public LocalTime end;

    @Column(name = "STAFF_ID", nullable = false)
    public long staffId;

    @Column(name = "CITIZENS", nullable = false)
    public int citizensServed;

    @Column(name = "NOTE", length = 500)
    public String note;

    @Column(name = "RECORDED_BY", length = 100, nullable = false)
    public String recordedBy;
}
