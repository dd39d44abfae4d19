package org.xingfeng.evaluations.core.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * EVAL_ROLLUP: evaluations counted per (dimension, key, day) and level, kept in the same transaction as the
 * evaluations they count. N1..N5 count levels 1..5 in the statistics, X1..X5 those excluded by upheld appeals.
 * Only {@link RollupStore} reads and writes it (plain SQL); the entity is here so the table is created.
 */
@Entity
@Table(name = "EVAL_ROLLUP")
@IdClass(RollupEntity.Key.class)
public class RollupEntity {

    @Id
    @Column(name = "DIM", length = 1)
    public String dim;

    @Id
    @Column(name = "RKEY", length = 100)
    public String rkey;

    @Id
    @Column(name = "DAY")
    public LocalDate day;

    @Column(name = "N1", nullable = false)
    public long n1;
    @Column(name = "N2", nullable = false)
    public long n2;
    @Column(name = "N3", nullable = false)
    public long n3;
    @Column(name = "N4", nullable = false)
    public long n4;
    @Column(name = "N5", nullable = false)
    public long n5;
    @Column(name = "X1", nullable = false)
    public long x1;
    @Column(name = "X2", nullable = false)
    public long x2;
    @Column(name = "X3", nullable = false)
    public long x3;
    @Column(name = "X4", nullable = false)
    public long x4;
    @Column(name = "X5", nullable = false)
    public long x5;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String dim;
        public String rkey;
        public LocalDate day;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(dim, k.dim) && Objects.equals(rkey, k.rkey)
                    && Objects.equals(day, k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dim, rkey, day);
        }
    }
}
