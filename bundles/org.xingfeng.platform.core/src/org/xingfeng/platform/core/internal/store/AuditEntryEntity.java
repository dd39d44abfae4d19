package org.xingfeng.platform.core.internal.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.xingfeng.platform.api.audit.AuditEntry;

@Entity
@Table(name = "PLT_AUDIT", indexes = { @Index(name = "PLT_AUDIT_ENTITY", columnList = "ENTITY_TYPE,ENTITY_ID"),
        @Index(name = "PLT_AUDIT_USER", columnList = "USERNAME"),
        @Index(name = "PLT_AUDIT_AT", columnList = "CHANGED_AT") })
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PLT_AUDIT_SEQ")
    @SequenceGenerator(name = "PLT_AUDIT_SEQ", sequenceName = "PLT_AUDIT_SEQ", allocationSize = 200)
    public Long id;

    @Column(name = "CHANGED_AT", nullable = false)
    public Instant at;

    @Column(name = "USER_ID", nullable = false)
    public long userId;

    /** The acting account's home unit (null: an account of the whole installation, or the system). */
    @Column(name = "UNIT_ID")
    public Long unitId;

    @Column(name = "USERNAME", length = 64, nullable = false)
    public String username;

    @Column(name = "ACTION", length = 64, nullable = false)
    public String action;

    @Column(name = "ENTITY_TYPE", length = 64, nullable = false)
    public String entityType;

    @Column(name = "ENTITY_ID", length = 128)
    public String entityId;

    @Lob
    @Column(name = "BEFORE_JSON")
    public String before;

    @Lob
    @Column(name = "AFTER_JSON")
    public String after;

    public AuditEntry toRecord() {
        return new AuditEntry(id, at, userId, username, action, entityType, entityId, before, after);
    }
}
