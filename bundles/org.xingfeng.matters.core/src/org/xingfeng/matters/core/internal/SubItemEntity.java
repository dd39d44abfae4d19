package org.xingfeng.matters.core.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A sub-item row. Materials and steps are stored as JSON; levels as letters ("ABC"). */
@Entity
@Table(name = "MAT_SUB_ITEM", uniqueConstraints = @UniqueConstraint(columnNames = { "MAIN_ITEM_ID", "NAME" }),
        indexes = @Index(name = "MAT_SUB_ITEM_UNIT", columnList = "UNIT_ID"))
public class SubItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "MAT_SUB_ITEM_SEQ")
    @SequenceGenerator(name = "MAT_SUB_ITEM_SEQ", sequenceName = "MAT_SUB_ITEM_SEQ", allocationSize = 50)
    public Long id;

    @Column(name = "MAIN_ITEM_ID", nullable = false)
    public long mainItemId;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "SEQ_NO", nullable = false)
    public int seqNo;

    @Column(name = "BASIC_CODE", length = 64, nullable = false)
    public String basicCode;

    @Column(name = "IMPL_CODE", length = 128, nullable = false)
    public String implementationCode;

    @Column(name = "NAME", length = 300, nullable = false)
    public String name;

    @Column(name = "LEVELS", length = 8, nullable = false)
    public String levels;

    @Lob
    @Column(name = "LEGAL_BASIS")
    public String legalBasis;

    @Lob
    @Column(name = "MATERIALS_JSON")
    public String materialsJson;

    @Lob
    @Column(name = "CONDITIONS")
    public String conditions;

    /** -1: not fixed; 0: on the spot; N: working days. */
    @Column(name = "TIME_LIMIT_DAYS", nullable = false)
    public int timeLimitDays;

    /** A range's upper end in working days; null for a fixed limit (and in rows stored before ranges were kept). */
    @Column(name = "TIME_LIMIT_MAX_DAYS")
    public Integer timeLimitMaxDays;

    /** 法定时限 in working days; null when none is given. */
    @Column(name = "LEGAL_LIMIT_DAYS")
    public Integer legalLimitDays;

    @Lob
    @Column(name = "STEPS_JSON")
    public String stepsJson;

    @Column(name = "PLACE", length = 500)
    public String place;

    @Column(name = "CONSULTATION", length = 500)
    public String consultation;

    @Column(name = "COMPLAINT", length = 500)
    public String complaint;

    @Column(name = "FEES", length = 500)
    public String fees;

    @Lob
    @Column(name = "REMARKS")
    public String remarks;

    /** 经办方式: the channels' enum names separated by commas (WINDOW,ONLINE); null or empty for none. */
    @Column(name = "CHANNELS", length = 100)
    public String channels;

    /** 服务标准. */
    @Lob
    @Column(name = "SERVICE_STANDARD")
    public String serviceStandard;

    /** The optional English texts of the guide: name, legal basis, conditions, steps (JSON). */
    @Column(name = "NAME_EN", length = 300)
    public String nameEn;

    @Lob
    @Column(name = "LEGAL_BASIS_EN")
    public String legalBasisEn;

    @Lob
    @Column(name = "CONDITIONS_EN")
    public String conditionsEn;

    @Lob
    @Column(name = "STEPS_EN_JSON")
    public String stepsEnJson;

    @Column(name = "UPDATED_AT", nullable = false)
    public java.sql.Timestamp updatedAt;

    void touch(Instant at) {
        updatedAt = java.sql.Timestamp.from(at);
    }
}
