package org.xingfeng.matters.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.MatterCategory;

@Entity
@Table(name = "MAT_MAIN_ITEM", uniqueConstraints = @UniqueConstraint(columnNames = { "UNIT_ID", "NAME" }))
public class MainItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "MAT_MAIN_ITEM_SEQ")
    @SequenceGenerator(name = "MAT_MAIN_ITEM_SEQ", sequenceName = "MAT_MAIN_ITEM_SEQ", allocationSize = 20)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "CODE", length = 64, nullable = false)
    public String code;

    @Column(name = "NAME", length = 200, nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", length = 32, nullable = false)
    public MatterCategory category;

    public MainItem toRecord() {
        return new MainItem(id, unitId, code, name, category);
    }
}
