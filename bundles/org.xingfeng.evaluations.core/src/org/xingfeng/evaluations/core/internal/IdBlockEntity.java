package org.xingfeng.evaluations.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** EVAL_ID_BLOCK: the next free id per table, handed out in blocks by {@link IdBlocks}. */
@Entity
@Table(name = "EVAL_ID_BLOCK")
public class IdBlockEntity {

    @Id
    @Column(name = "NAME", length = 32)
    public String name;

    @Column(name = "NEXT_ID", nullable = false)
    public long nextId;
}
