package org.xingfeng.evaluations.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * EVAL_UNIT_TREE: each unit's parent as the roll-ups count it. When the organisation tree differs, {@link RollupTree}
 * moves the counts and brings this table along. The row of unit -1 is a lock and version row (its PARENT_ID counts
 * the changes). Only {@link RollupTree} reads and writes it (plain SQL); the entity is here so the table is created.
 */
@Entity
@Table(name = "EVAL_UNIT_TREE")
public class UnitTreeEntity {

    @Id
    @Column(name = "UNIT_ID")
    public long unitId;

    @Column(name = "PARENT_ID")
    public Long parentId;
}
