package org.xingfeng.platform.core.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of the audit log's hash chain, one row: the last entry's id and hash. Every entry is written under this
 * row's lock (held to the commit), so writers on every server of one database take turns and the chain never forks.
 */
@Entity
@Table(name = "PLT_AUDIT_CHAIN")
public class AuditChainEntity {

    public static final long HEAD = 1;

    @Id
    public Long id;

    /** The first chained entry (entries before it were written before the chain began). */
    @Column(name = "FIRST_ID", nullable = false)
    public long firstId;

    @Column(name = "LAST_ID", nullable = false)
    public long lastId;

    @Column(name = "LAST_HASH", length = 64, nullable = false)
    public String lastHash;
}
