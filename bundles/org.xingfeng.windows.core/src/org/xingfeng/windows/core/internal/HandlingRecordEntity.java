package org.xingfeng.windows.core.internal;

import java.sql.Timestamp;
import java.time.LocalDate;

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

/** A handling record (办件) in WIN_RECORD; its steps are {@link HandlingStepEntity} rows. */
@Entity
@Table(name = "WIN_RECORD",
        uniqueConstraints = @UniqueConstraint(name = "WIN_RECORD_NUMBER", columnNames = { "UNIT_ID", "RNUMBER" }),
        indexes = { @Index(name = "WIN_RECORD_UNIT_OPENED", columnList = "UNIT_ID, OPENED_ON"),
                @Index(name = "WIN_RECORD_WINDOW", columnList = "WINDOW_ID, STATE"),
                @Index(name = "WIN_RECORD_STAFF", columnList = "STAFF_ID, STATE"),
                @Index(name = "WIN_RECORD_DUE", columnList = "UNIT_ID, STATE, DUE_DATE"),
                // the on-time rates: a unit's records closed in a period
                @Index(name = "WIN_RECORD_UNIT_CLOSED", columnList = "UNIT_ID, CLOSED_ON"),
                @Index(name = "WIN_RECORD_TICKET", columnList = "TICKET_ID") })
public class HandlingRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WIN_RECORD_SEQ")
    @SequenceGenerator(name = "WIN_RECORD_SEQ", sequenceName = "WIN_RECORD_SEQ", allocationSize = 20)
    public Long id;

    /** Optimistic version: two steps at once on one record, one wins and the other gets a 409. */
    @Version
    @Column(name = "VERSION", nullable = false)
    public long version;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "RNUMBER", length = 16, nullable = false)
    public String number;

    @Column(name = "HALL_ID")
    public Long hallId;

    @Column(name = "WINDOW_ID")
    public Long windowId;

    @Column(name = "WINDOW_NUMBER", length = 10)
    public String windowNumber;

    @Column(name = "TICKET_ID")
    public Long ticketId;

    @Column(name = "TICKET_NUMBER", length = 8)
    public String ticketNumber;

    @Column(name = "CHANNEL", length = 10, nullable = false)
    public String channel;

    @Column(name = "MATTER_CODE", length = 64, nullable = false)
    public String matterCode;

    @Column(name = "MATTER_NAME", length = 200)
    public String matterName;

    /** Working days; 0 on the spot; null unknown. */
    @Column(name = "LIMIT_DAYS")
    public Integer limitDays;

    @Column(name = "CITIZEN_NAME", length = 50)
    public String citizenName;

    @Column(name = "CITIZEN_ID", length = 18)
    public String citizenIdNumber;

    @Column(name = "STAFF_ID")
    public Long staffId;

    @Column(name = "STAFF_NAME", length = 100)
    public String staffName;

    @Column(name = "FIRST_STAFF_ID")
    public Long firstStaffId;

    @Column(name = "FIRST_STAFF_NAME", length = 100)
    public String firstStaffName;

    @Column(name = "STATE", length = 10, nullable = false)
    public String state;

    @Column(name = "OPENED_AT", nullable = false)
    public Timestamp openedAt;

    @Column(name = "OPENED_ON", nullable = false)
    public LocalDate openedOn;

    @Column(name = "OPENED_BY", length = 100, nullable = false)
    public String openedBy;

    @Column(name = "ACCEPTED_ON")
    public LocalDate acceptedOn;

    @Column(name = "DUE_DATE")
    public LocalDate dueDate;

    @Column(name = "CLOSED_AT")
    public Timestamp closedAt;

    @Column(name = "CLOSED_ON")
    public LocalDate closedOn;

    @Column(name = "NOTE", length = 500)
    public String note;

    /** The missing materials of 一次性告知, one a line. */
    @Column(name = "MISSING", length = 4000)
    public String missing;

    /** The signed evaluation ticket issued at closing (评价凭证). */
    @Column(name = "EVAL_TICKET", length = 1000)
    public String evaluationTicket;
}
