package org.xingfeng.windows.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A village with its location and population, belonging to a unit (its township or county). */
@Entity
@Table(name = "WIN_VILLAGE", uniqueConstraints = @UniqueConstraint(name = "WIN_VILLAGE_CODE", columnNames = "CODE"),
        indexes = @Index(name = "WIN_VILLAGE_UNIT", columnList = "UNIT_ID"))
public class VillageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WIN_VILLAGE_SEQ")
    @SequenceGenerator(name = "WIN_VILLAGE_SEQ", sequenceName = "WIN_VILLAGE_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "CODE", length = 40, nullable = false)
    public String code;

    @Column(name = "NAME", length = 100, nullable = false)
    public String name;

    @Column(name = "LATITUDE", nullable = false)
    public double latitude;

    @Column(name = "LONGITUDE", nullable = false)
    public double longitude;

    @Column(name = "POPULATION", nullable = false)
    public int population;
}
