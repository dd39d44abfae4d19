package org.xingfeng.platform.core.internal.store;

import java.util.Arrays;
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

import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffTier;

@Entity
@Table(name = "PLT_STAFF", uniqueConstraints = @UniqueConstraint(columnNames = "STAFF_NUMBER"),
        indexes = @Index(name = "PLT_STAFF_UNIT", columnList = "UNIT_ID"))
public class StaffEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PLT_STAFF_SEQ")
    @SequenceGenerator(name = "PLT_STAFF_SEQ", sequenceName = "PLT_STAFF_SEQ", allocationSize = 20)
    public Long id;

    @Column(name = "STAFF_NUMBER", length = 64, nullable = false)
    public String staffNumber;

    @Column(name = "NAME", length = 100, nullable = false)
    public String name;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Column(name = "SECTION_ID")
    public Long sectionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "TIER", length = 32, nullable = false)
    public StaffTier tier;

    /** Posts joined with '|'. */
    @Column(name = "POSTS", length = 500)
    public String posts;

    @Column(name = "ACTIVE", nullable = false)
    public boolean active;

    public Staff toRecord() {
        List<String> list = posts == null || posts.isEmpty() ? List.of() : Arrays.asList(posts.split("\\|"));
        return new Staff(id, staffNumber, name, unitId, sectionId, tier, list, active);
    }
}
