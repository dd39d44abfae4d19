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

/** An appointment (预约). */
@Entity
@Table(name = "WIN_APPOINTMENT",
        indexes = { @Index(name = "WIN_APPOINTMENT_SLOT", columnList = "HALL_ID, ADATE, MATTER_CODE") })
public class AppointmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WIN_APPOINTMENT_SEQ")
    @SequenceGenerator(name = "WIN_APPOINTMENT_SEQ", sequenceName = "WIN_APPOINTMENT_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "HALL_ID", nullable = false)
    public long hallId;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "MATTER_CODE", length = 64, nullable = false)
    public String matterCode;

    @Column(name = "MATTER_NAME", length = 200)
    public String matterName;

    @Column(name = "ADATE", nullable = false)
    public LocalDate date;

    @Column(name = "START_TIME", nullable = false)
    public LocalTime start;

    @Column(name = "END_TIME", nullable = false)
    public LocalTime end;

    @Column(name = "CITIZEN_NAME", length = 50, nullable = false)
    public String citizenName;

    @Column(name = "CITIZEN_PHONE", length = 20, nullable = false)
    public String citizenPhone;

    @Column(name = "REFERENCE", length = 16, nullable = false, unique = true)
    public String reference;

    @Column(name = "STATE", length = 12, nullable = false)
    public String state;

    @Column(name = "BOOKED_AT", nullable = false)
    public Timestamp bookedAt;

    /** Slot start plus the expiry minutes: not checked in by then, it expires (爽约). */
    @Column(name = "EXPIRES_AT", nullable = false)
    public Timestamp expiresAt;

    @Column(name = "CHECKED_IN_AT")
    public Timestamp checkedInAt;

    @Column(name = "CANCELLED_AT")
    public Timestamp cancelledAt;

    @Column(name = "TICKET_ID")
    public Long ticketId;
}
