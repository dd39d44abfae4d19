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

/** A service hall (服务大厅) of an org unit. */
@Entity
@Table(name = "WIN_HALL",
        uniqueConstraints = @UniqueConstraint(name = "WIN_HALL_CODE", columnNames = { "UNIT_ID", "CODE" }))
public class HallEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WIN_HALL_SEQ")
    @SequenceGenerator(name = "WIN_HALL_SEQ", sequenceName = "WIN_HALL_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "CODE", length = 32, nullable = false)
    public String code;

    @Column(name = "NAME", length = 100, nullable = false)
    public String name;

    @Column(name = "ADDRESS", length = 200)
    public String address;

    /** Zone names, comma-separated. */
    @Column(name = "ZONES", length = 200)
    public String zones;

    /** "09:00-12:00,13:30-17:00" */
    @Column(name = "OPENING_HOURS", length = 200, nullable = false)
    public String openingHours;

    @Column(name = "SLOT_MINUTES", nullable = false)
    public int slotMinutes;

    @Column(name = "SERIES", length = 1, nullable = false)
    public String series;

    /** The day of the last ticket number given, and that number: moved by a conditional update (see TicketNumbers). */
    @Column(name = "SEQ_DAY")
    public LocalDate seqDay;

    @Column(name = "SEQ_LAST", nullable = false)
    public int seqLast;

    /** Bumped by every booking of the hall, so bookings of one hall take turns (a row lock) and never overbook. */
    @Column(name = "BOOKINGS", nullable = false)
    public long bookings;
}
