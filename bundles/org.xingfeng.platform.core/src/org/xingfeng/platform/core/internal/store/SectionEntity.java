package org.xingfeng.platform.core.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.xingfeng.platform.api.org.Section;

@Entity
@Table(name = "PLT_SECTION", uniqueConstraints = @UniqueConstraint(columnNames = { "UNIT_ID", "NAME" }))
public class SectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PLT_SECTION_SEQ")
    @SequenceGenerator(name = "PLT_SECTION_SEQ", sequenceName = "PLT_SECTION_SEQ", allocationSize = 20)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "NAME", length = 100, nullable = false)
    public String name;

    public Section toRecord() {
        return new Section(id, unitId, name);
    }
}
