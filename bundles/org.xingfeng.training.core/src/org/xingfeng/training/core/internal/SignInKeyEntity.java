package org.xingfeng.training.core.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The key sign-in codes are signed with (TRN_SIGNIN_KEY, one row, id 1): 32 random bytes made once by the first server
 * that needs them, base64, so every server on a shared database reads the others' codes.
 */
@Entity
@Table(name = "TRN_SIGNIN_KEY")
public class SignInKeyEntity {

    @Id
    @Column(name = "ID")
    public int id;

    @Column(name = "KEY_B64", length = 64, nullable = false)
    public String key;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;
}
