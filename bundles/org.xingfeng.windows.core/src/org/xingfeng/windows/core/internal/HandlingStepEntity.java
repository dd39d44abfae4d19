package org.xingfeng.windows.core.internal;

import java.sql.Timestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One step of a handling record (受理, 审核, 办结, 送达, 不予受理, 退回, 一次性告知) in WIN_RECORD_STEP. */
@Entity
@Table(name = "WIN_RECORD_STEP", indexes = @Index(name = "WIN_RECORD_STEP_RECORD", columnList = "RECORD_ID, STEP_AT"))
public class HandlingStepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WIN_RECORD_STEP_SEQ")
    @SequenceGenerator(name = "WIN_RECORD_STEP_SEQ", sequenceName = "WIN_RECORD_STEP_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "RECORD_ID", nullable = false)
    public long recordId;

    @Column(name = "KIND", length = 10, nullable = false)
    public String kind;

    @Column(name = "STEP_AT", nullable = false)
    public Timestamp at;

    @Column(name = "BY_USER", length = 100, nullable = false)
    public String by;

    @Column(name = "STAFF_ID")
    public Long staffId;

    @Column(name = "STAFF_NAME", length = 100)
    public String staffName;

    @Column(name = "NOTE", length = 500)
    public String note;

    /** One a line (一次性告知). */
    @Column(name = "MATERIALS", length = 4000)
    public String materials;
}
