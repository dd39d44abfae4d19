package org.xingfeng.platform.core.internal.store;

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

import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgUnit;

@Entity
@Table(name = "PLT_ORG_UNIT", uniqueConstraints = @UniqueConstraint(columnNames = "CODE"))
public class OrgUnitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PLT_ORG_UNIT_SEQ")
    @SequenceGenerator(name = "PLT_ORG_UNIT_SEQ", sequenceName = "PLT_ORG_UNIT_SEQ", allocationSize = 20)
    public Long id;

    @Column(name = "PARENT_ID")
    public Long parentId;

    @Column(name = "CODE", length = 64, nullable = false)
    public String code;

    @Column(name = "NAME", length = 200, nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "UNIT_LEVEL", length = 32, nullable = false)
    public OrgLevel level;

    public OrgUnit toRecord() {
        return new OrgUnit(id, parentId, code, name, level);
    }
}
