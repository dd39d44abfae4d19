package org.xingfeng.platform.core.internal.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A login's session: the SHA-256 of its bearer token (the token itself is never stored), whose it is and until when.
 * Every server of the database reads it, so a session outlives a restart; deleting the row ends it.
 */
@Entity
@Table(name = "PLT_SESSION", indexes = { @Index(name = "PLT_SESSION_USER", columnList = "USER_ID"),
        @Index(name = "PLT_SESSION_EXPIRES", columnList = "EXPIRES_AT") })
public class SessionEntity {

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    public String tokenHash;

    @Column(name = "USER_ID", nullable = false)
    public long userId;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    public Instant expiresAt;

    /** Logged in with a one-time password: only the password change is open. */
    @Column(name = "MUST_CHANGE", nullable = false)
    public boolean mustChangePassword;
}
