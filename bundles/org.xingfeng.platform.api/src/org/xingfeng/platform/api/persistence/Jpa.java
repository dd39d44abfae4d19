package org.xingfeng.platform.api.persistence;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;

/**
 * Runs work in one transaction: commit on success, roll back on any exception, always close. While the work runs,
 * its entity manager is this thread's {@link #current() current transaction}, which the audit log joins, so an entry
 * recorded inside the work commits or rolls back with the change.
 */
public final class Jpa {

    /** The transactions open on this thread, innermost first: a transaction context, like JTA's, not shared state. */
    private static final ThreadLocal<Deque<EntityManager>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    private Jpa() {
    }

    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        Deque<EntityManager> open = OPEN.get();
        try {
            tx.begin();
            open.push(em);
            T result;
            try {
                result = work.apply(em);
            } finally {
                open.pop();
            }
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            if (open.isEmpty()) {
                OPEN.remove();
            }
            em.close();
        }
    }

    /**
     * The entity manager of the innermost {@link #inTransaction} running on this thread, if any: work that must
     * commit or roll back with the caller's change (an audit entry) is written on its connection
     * ({@code em.unwrap(java.sql.Connection.class)}), whatever the persistence unit, since every unit shares one
     * database.
     */
    public static Optional<EntityManager> current() {
        Deque<EntityManager> open = OPEN.get();
        EntityManager em = open.peek();
        if (em == null) {
            OPEN.remove();
        }
        return Optional.ofNullable(em);
    }

    public static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
        inTransaction(emf, em -> {
            work.accept(em);
            return null;
        });
    }

    /** Builds the conditions of a query on one entity. */
    @FunctionalInterface
    public interface Where<E> {
        List<Predicate> of(CriteriaBuilder cb, Root<E> root);
    }

    /** Builds the order of a query on one entity. */
    @FunctionalInterface
    public interface OrderBy<E> {
        Order of(CriteriaBuilder cb, Root<E> root);
    }

    /** One page of the entities that meet {@code where}, in {@code order}, with the total count of them all. */
    public static <E> Page<E> page(EntityManager em, Class<E> type, Where<E> where, OrderBy<E> order,
            PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> countRoot = count.from(type);
        // count(1), not count(id): a count that names no column can be answered from an index alone (PostgreSQL's
        // index-only scan of the unit index) instead of reading every row of a city's year
        count.select(cb.count(cb.literal(1))).where(where.of(cb, countRoot).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();
        CriteriaQuery<E> select = cb.createQuery(type);
        Root<E> root = select.from(type);
        select.select(root).where(where.of(cb, root).toArray(Predicate[]::new)).orderBy(order.of(cb, root));
        List<E> items = em.createQuery(select).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** A LIKE pattern for "contains this text": the text is trimmed and its wildcards are dropped. */
    public static String contains(String text) {
        return "%" + text.strip().replace("%", "").replace("_", "") + "%";
    }

    /** Read-only work without a transaction. */
    public static <T> T read(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }
}
