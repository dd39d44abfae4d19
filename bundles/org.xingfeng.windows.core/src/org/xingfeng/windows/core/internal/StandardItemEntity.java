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

/** An item of the hall standard. */
@Entity
@Table(name = "WIN_STANDARD_ITEM")
public class StandardItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WIN_STANDARD_ITEM_SEQ")
    @SequenceGenerator(name = "WIN_STANDARD_ITEM_SEQ", sequenceName = "WIN_STANDARD_ITEM_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "CODE", length = 32, nullable = false, unique = true)
    public String code;

    @Column(name = "NAME", length = 100, nullable = false)
    public String name;

    @Column(name = "CATEGORY", length = 20, nullable = false)
    public String category;

    @Column(name = "REQUIRED_QTY", nullable = false)
    public int requiredQuantity;
}
