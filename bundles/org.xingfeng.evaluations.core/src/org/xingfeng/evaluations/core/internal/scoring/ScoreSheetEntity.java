package org.xingfeng.evaluations.core.internal.scoring;

import java.sql.Timestamp;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.xingfeng.evaluations.api.scoring.RaterGroup;

/** One rater's score sheet for a section in a quarter: five item scores in columns. */
@Entity
@Table(name = "EVAL_SCORE_SHEET",
        uniqueConstraints = @UniqueConstraint(name = "EVAL_SCORE_SHEET_RATER",
                columnNames = { "SECTION_ID", "PERIOD_YEAR", "PERIOD_QUARTER", "RATER_STAFF_ID" }),
        indexes = @Index(name = "EVAL_SCORE_SHEET_UNIT", columnList = "UNIT_ID, PERIOD_YEAR, PERIOD_QUARTER"))
public class ScoreSheetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "EVAL_SCORE_SHEET_SEQ")
    @SequenceGenerator(name = "EVAL_SCORE_SHEET_SEQ", sequenceName = "EVAL_SCORE_SHEET_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "SECTION_ID", nullable = false)
    public long sectionId;

    @Column(name = "PERIOD_YEAR", nullable = false)
    public int periodYear;

    @Column(name = "PERIOD_QUARTER", nullable = false)
    public int periodQuarter;

    @Enumerated(EnumType.STRING)
    @Column(name = "RATER_GROUP", length = 16, nullable = false)
    public RaterGroup raterGroup;

    @Column(name = "RATER_STAFF_ID", nullable = false)
    public long raterStaffId;

    @Column(name = "ITEM_1", nullable = false)
    public double item1;

    @Column(name = "ITEM_2", nullable = false)
    public double item2;

    @Column(name = "ITEM_3", nullable = false)
    public double item3;

    @Column(name = "ITEM_4", nullable = false)
    public double item4;

    @Column(name = "ITEM_5", nullable = false)
    public double item5;

    @Column(name = "TOTAL_SCORE", nullable = false)
    public double totalScore;

    @Column(name = "ENTERED_BY", length = 64, nullable = false)
    public String enteredBy;

    @Column(name = "ENTERED_AT", nullable = false)
    public Timestamp enteredAt;

    List<Double> items() {
        return List.of(item1, item2, item3, item4, item5);
    }

    void items(List<Double> items) {
        item1 = items.get(0);
        item2 = items.get(1);
        item3 = items.get(2);
        item4 = items.get(3);
        item5 = items.get(4);
    }
}
