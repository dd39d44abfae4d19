package org.xingfeng.evaluations.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * EVAL_ROLLUP_MONTH: a stamp per month, raised in the same transaction as every change of that month's EVAL_ROLLUP rows
 * (by any server on the database). A server keeps the day counts of closed months in memory with the stamp it read
 * first, and uses them while the stamp is unchanged. Only {@link RollupStore} reads and writes it.
 */
@Entity
@Table(name = "EVAL_ROLLUP_MONTH")
public class RollupMonthEntity {

    /** The month's first day. */
    @Id
    @Column(name = "MONTH_START")
    public LocalDate month;

    @Column(name = "STAMP", nullable = false)
    public long stamp;
}
