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

/** A window (窗口) of a hall. */
@Entity
@Table(name = "WIN_WINDOW",
        uniqueConstraints = @UniqueConstraint(name = "WIN_WINDOW_NUMBER", columnNames = { "HALL_ID", "WNUMBER" }))
public class WindowEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WIN_WINDOW_SEQ")
    @SequenceGenerator(name = "WIN_WINDOW_SEQ", sequenceName = "WIN_WINDOW_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "HALL_ID", nullable = false)
    public long hallId;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "WNUMBER", length = 10, nullable = false)
    public String number;

    @Column(name = "LABEL", length = 100)
    public String label;

    @Column(name = "WTYPE", length = 16, nullable = false)
    public String type;

    /** Matter codes, comma-separated, sorted. */
    @Column(name = "MATTER_CODES", length = 4000, nullable = false)
    public String matterCodes;

    @Column(name = "STATE", length = 8, nullable = false)
    public String state;

    /** Priority tickets this window called in a row (the call mix). */
    @Column(name = "PRIORITY_STREAK", nullable = false)
    public int priorityStreak;
}
