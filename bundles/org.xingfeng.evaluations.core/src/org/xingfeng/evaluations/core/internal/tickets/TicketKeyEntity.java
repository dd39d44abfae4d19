package org.xingfeng.evaluations.core.internal.tickets;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The key evaluation tickets are signed with (EVAL_TICKET_KEY, one row, id 1): 32 random bytes made once by the first
 * server that needs them, base64. Every server on the same database signs and verifies with it.
 */
@Entity
@Table(name = "EVAL_TICKET_KEY")
public class TicketKeyEntity {

    @Id
    @Column(name = "ID")
    public int id;

    @Column(name = "KEY_B64", length = 64, nullable = false)
    public String key;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;
}
