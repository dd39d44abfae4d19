package org.xingfeng.evaluations.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/**
 * Ids for rows the writer inserts over JDBC, taken from EVAL_ID_BLOCK a block at a time in a short transaction
 * of their own. A row lock on the counter keeps two servers on one database from taking the same block.
 * Used by one thread (the writer); not thread-safe.
 */
final class IdBlocks {

    private static final int BLOCK = 1000;

    private final EntityManagerFactory emf;
    private final String name;
    private long next;
    private long end;

    IdBlocks(EntityManagerFactory emf, String name) {
        this.emf = emf;
        this.name = name;
    }

    long next() {
        if (next >= end) {
            next = takeBlock();
            end = next + BLOCK;
        }
        return next++;
    }

    private long takeBlock() {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            Connection c = em.unwrap(Connection.class);
            long start;
            try (PreparedStatement up = c
                    .prepareStatement("UPDATE EVAL_ID_BLOCK SET NEXT_ID = NEXT_ID + ? WHERE NAME = ?")) {
                up.setLong(1, BLOCK);
                up.setString(2, name);
                if (up.executeUpdate() == 0) {
                    try (PreparedStatement ins = c
                            .prepareStatement("INSERT INTO EVAL_ID_BLOCK (NAME, NEXT_ID) VALUES (?, ?)")) {
                        ins.setString(1, name);
                        ins.setLong(2, 1 + BLOCK);
                        ins.executeUpdate();
                    }
                    start = 1;
                } else {
                    try (PreparedStatement q = c.prepareStatement("SELECT NEXT_ID FROM EVAL_ID_BLOCK WHERE NAME = ?")) {
                        q.setString(1, name);
                        try (ResultSet rs = q.executeQuery()) {
                            rs.next();
                            start = rs.getLong(1) - BLOCK;
                        }
                    }
                }
            }
            tx.commit();
            return start;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take ids for " + name, e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
