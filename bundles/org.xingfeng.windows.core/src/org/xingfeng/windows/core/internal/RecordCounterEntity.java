package org.xingfeng.windows.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit's last record number of a year (WIN_RECORD_COUNTER, key {@code unitId:year}): moved by a conditional update in
 * the record's own transaction, which holds the row until it commits, so two records never get one number (the unique
 * index (unit, number) would refuse it anyway).
 */
@Entity
@Table(name = "WIN_RECORD_COUNTER")
public class RecordCounterEntity {

    @Id
    @Column(name = "CKEY", length = 40)
    public String key;

    @Column(name = "LAST_SEQ", nullable = false)
    public int last;
}
