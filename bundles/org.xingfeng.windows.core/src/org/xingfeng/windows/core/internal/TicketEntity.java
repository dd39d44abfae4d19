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
import jakarta.persistence.Version;

/** A queue ticket (排队票): one row, its state moved by conditional updates. */
@Entity
@Table(name = "WIN_TICKET",
        uniqueConstraints = @UniqueConstraint(name = "WIN_TICKET_NUMBER", columnNames = { "HALL_ID", "DAY", "SEQ" }),
        indexes = { @Index(name = "WIN_TICKET_WAITING", columnList = "HALL_ID, DAY, STATE, PLACE_AT"),
                @Index(name = "WIN_TICKET_UNIT_DAY", columnList = "UNIT_ID, DAY") })
public class TicketEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WIN_TICKET_SEQ")
    @SequenceGenerator(name = "WIN_TICKET_SEQ", sequenceName = "WIN_TICKET_SEQ", allocationSize = 50)
    public Long id;

    /** Optimistic version: every change is an UPDATE ... WHERE VERSION = the version read, so two windows never claim one ticket. */
    @Version
    @Column(name = "VERSION", nullable = false)
    public long version;

    @Column(name = "HALL_ID", nullable = false)
    public long hallId;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "DAY", nullable = false)
    public LocalDate day;

    @Column(name = "SEQ", nullable = false)
    public int seq;

    @Column(name = "TNUMBER", length = 8, nullable = false)
    public String number;

    @Column(name = "MATTER_CODE", length = 64, nullable = false)
    public String matterCode;

    @Column(name = "MATTER_NAME", length = 200)
    public String matterName;

    @Column(name = "PRIORITY_CLASS", length = 32)
    public String priorityClass;

    @Column(name = "SOURCE", length = 16, nullable = false)
    public String source;

    @Column(name = "APPOINTMENT_ID")
    public Long appointmentId;

    /** For an appointment: when its slot begins (it is called first from then on). */
    @Column(name = "DUE_AT")
    public Timestamp dueAt;

    @Column(name = "STATE", length = 10, nullable = false)
    public String state;

    @Column(name = "TAKEN_AT", nullable = false)
    public Timestamp takenAt;

    @Column(name = "PLACE_AT", nullable = false)
    public Timestamp placeAt;

    @Column(name = "CALLED_AT")
    public Timestamp calledAt;

    @Column(name = "LAST_CALLED_AT")
    public Timestamp lastCalledAt;

    @Column(name = "STARTED_AT")
    public Timestamp startedAt;

    @Column(name = "FINISHED_AT")
    public Timestamp finishedAt;

    @Column(name = "CALLS", nullable = false)
    public int calls;

    @Column(name = "WINDOW_ID")
    public Long windowId;

    @Column(name = "WINDOW_NUMBER", length = 10)
    public String windowNumber;

    @Column(name = "TARGET_WINDOW_ID")
    public Long targetWindowId;

    @Column(name = "STAFF_ID")
    public Long staffId;

    @Column(name = "STAFF_NAME", length = 100)
    public String staffName;

    @Column(name = "OUTCOME", length = 20)
    public String outcome;

    @Column(name = "NOTE", length = 500)
    public String note;

    /** A detached copy with the same fields (the queue keeps waiting tickets so; a call changes a copy). */
    TicketEntity copy() {
        TicketEntity c = new TicketEntity();
        c.id = id;
        c.version = version;
        c.hallId = hallId;
        c.unitId = unitId;
        c.day = day;
        c.seq = seq;
        c.number = number;
        c.matterCode = matterCode;
        c.matterName = matterName;
        c.priorityClass = priorityClass;
        c.source = source;
        c.appointmentId = appointmentId;
        c.dueAt = dueAt;
        c.state = state;
        c.takenAt = takenAt;
        c.placeAt = placeAt;
        c.calledAt = calledAt;
        c.lastCalledAt = lastCalledAt;
        c.startedAt = startedAt;
        c.finishedAt = finishedAt;
        c.calls = calls;
        c.windowId = windowId;
        c.windowNumber = windowNumber;
        c.targetWindowId = targetWindowId;
        c.staffId = staffId;
        c.staffName = staffName;
        c.outcome = outcome;
        c.note = note;
        return c;
    }
}
