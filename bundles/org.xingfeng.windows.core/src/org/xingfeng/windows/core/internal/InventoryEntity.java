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

/** A hall's count of a standard item. */
@Entity
@Table(name = "WIN_INVENTORY",
        uniqueConstraints = @UniqueConstraint(name = "WIN_INVENTORY_ITEM", columnNames = { "HALL_ID", "ITEM_CODE" }))
public class InventoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WIN_INVENTORY_SEQ")
    @SequenceGenerator(name = "WIN_INVENTORY_SEQ", sequenceName = "WIN_INVENTORY_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "HALL_ID", nullable = false)
    public long hallId;

    @Column(name = "ITEM_CODE", length = 32, nullable = false)
    public String itemCode;

    @Column(name = "PRESENT", nullable = false)
    public int present;
}
