package org.xingfeng.platform.core.internal.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.xingfeng.platform.api.audit.AuditEntry;

@Entity
@Table(name = "PLT_AUDIT", indexes = { @Index(name = "PLT_AUDIT_ENTITY", columnList = "ENTITY_TYPE,ENTITY_ID"),
        @Index(name = "PLT_AUDIT_USER", columnList = "USERNAME"),
        @Index(name = "PLT_AUDIT_AT", columnList = "CHANGED_AT") })
public class AuditEntryEntity {

    /** Given by the chain's head ({@link AuditChainEntity}), one after the other; entries are written in JDBC. */
    @Id
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

    /** SHA-256 over the hash before this entry and this entry's content (hex); null before the chain began. */
    @Column(name = "ENTRY_HASH", length = 64)
    public String hash;

    public AuditEntry toRecord() {
        return new AuditEntry(id, at, userId, username, action, entityType, entityId, before, after);
    }
}
