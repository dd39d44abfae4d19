package org.xingfeng.matters.core.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.ListVersion;

/** A published version: its figures in columns, its items as a JSON snapshot. */
@Entity
@Table(name = "MAT_LIST_VERSION", uniqueConstraints = @UniqueConstraint(columnNames = { "UNIT_ID", "NUMBER" }))
public class ListVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "MAT_LIST_VERSION_SEQ")
    @SequenceGenerator(name = "MAT_LIST_VERSION_SEQ", sequenceName = "MAT_LIST_VERSION_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "NUMBER", nullable = false)
    public int number;

    @Column(name = "EFFECTIVE_DATE", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "PUBLISHED_BY", length = 64, nullable = false)
    public String publishedBy;

    @Column(name = "PUBLISHED_AT", nullable = false)
    public java.sql.Timestamp publishedAt;

    @Column(name = "NOTE", length = 500)
    public String note;

    @Column(name = "ITEMS", nullable = false)
    public int items;

    @Column(name = "AVG_MATERIALS", nullable = false)
    public double averageMaterials;

    @Column(name = "AVG_TIME_LIMIT_DAYS", nullable = false)
    public double averageTimeLimitDays;

    @Column(name = "AVG_STEPS", nullable = false)
    public double averageSteps;

    @Column(name = "ON_THE_SPOT", nullable = false)
    public int onTheSpot;

    /** 最小自由裁量: null in versions published before discretion was measured (counted from the snapshot). */
    @Column(name = "WITH_DISCRETION")
    public Integer itemsWithDiscretion;

    @Column(name = "DISCRETION_SHARE")
    public Double discretionShare;

    @Lob
    @Column(name = "SNAPSHOT_JSON", nullable = false)
    public String snapshotJson;

    /** The version; discretion figures from {@code fallback} when the row has none. */
    public ListVersion toRecord(java.util.function.Supplier<ListMetrics> fallback) {
        int with;
        double share;
        if (itemsWithDiscretion == null || discretionShare == null) {
            ListMetrics m = fallback.get();
            with = m.itemsWithDiscretion();
            share = m.discretionShare();
        } else {
            with = itemsWithDiscretion;
            share = discretionShare;
        }
        return new ListVersion(id, unitId, number, effectiveDate, publishedBy, publishedAt.toInstant(), note, items,
                averageMaterials, averageTimeLimitDays, averageSteps, onTheSpot, with, share);
    }
}
