package org.xingfeng.platform.api.persistence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
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

    /**
     * A property of an entity manager factory (set by the persistence service) whose database answers a few ranges of
     * ids faster than a long {@code IN} list: PostgreSQL plans each listed id (milliseconds for a city's thousands of
     * units), probes the index once per id, and may give up the index for a scan, where a range is one index scan.
     * Embedded Derby probes an {@code IN} list well and scans for {@code OR}ed ranges, so it keeps the list.
     */
    public static final String ID_RANGES = "xingfeng.idRanges";
    /** Fewer ids than this are listed: their planning costs little. */
    static final int RANGES_FROM = 64;
    /** More runs than this are listed: the ids do not run together (units made over the years, moved). */
    static final int MAX_RANGES = 16;

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
        return page(em, type, where, order, page, count(em, type, where));
    }

    /**
     * One page of the entities of the given units that meet {@code where}: {@code unitAttribute} names the entity's
     * unit id, {@code unitIds} the units in scope ({@code null}: every unit, no condition). Where the database takes
     * ranges (see {@link #ID_RANGES}), the total is counted range by range, each count answered from the unit index
     * alone, which an {@code OR} of ranges is not.
     */
    public static <E> Page<E> page(EntityManager em, Class<E> type, String unitAttribute, Collection<Long> unitIds,
            Where<E> where, OrderBy<E> order, PageRequest page) {
        if (unitIds == null) {
            return page(em, type, where, order, page);
        }
        if (unitIds.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        List<long[]> ranges = ranges(em, unitIds);
        long total = 0;
        if (ranges == null) {
            total = count(em, type, (cb, r) -> and(where.of(cb, r), r.<Long>get(unitAttribute).in(unitIds)));
        } else {
            for (long[] range : ranges) {
                total += count(em, type, (cb, r) -> and(where.of(cb, r), between(cb, r.get(unitAttribute), range)));
            }
        }
        Where<E> scoped = (cb, r) -> and(where.of(cb, r), unitIn(cb, r.get(unitAttribute), unitIds, ranges));
        return page(em, type, scoped, order, page, total);
    }

    /**
     * The condition "the unit is one of {@code unitIds}": a few ranges where the ids run together and the database takes
     * ranges (see {@link #ID_RANGES}), otherwise an {@code IN} list; no unit at all matches nothing.
     */
    public static Predicate unitIn(EntityManager em, CriteriaBuilder cb, Expression<Long> unitId,
            Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return cb.disjunction();
        }
        return unitIn(cb, unitId, unitIds, ranges(em, unitIds));
    }

    /** The condition with the ranges already worked out ({@code null}: the list). */
    private static Predicate unitIn(CriteriaBuilder cb, Expression<Long> unitId, Collection<Long> unitIds,
            List<long[]> ranges) {
        if (ranges == null) {
            return unitId.in(unitIds);
        }
        return cb.or(ranges.stream().map(r -> between(cb, unitId, r)).toArray(Predicate[]::new));
    }

    /**
     * The same condition for a query written in JPQL: "{@code path} is one of {@code unitIds}" as text, its parameters
     * (named from {@code name}) put in {@code parameters} for the caller to set; no unit at all matches nothing.
     */
    public static String unitIn(EntityManager em, String path, Collection<Long> unitIds, String name,
            Map<String, Object> parameters) {
        List<long[]> ranges = unitIds.isEmpty() ? null : ranges(em, unitIds);
        if (ranges == null) {
            parameters.put(name, unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds)); // ids are positive
            return path + " IN :" + name;
        }
        StringBuilder condition = new StringBuilder("(");
        for (int i = 0; i < ranges.size(); i++) {
            String from = name + i + "from";
            String to = name + i + "to";
            condition.append(i == 0 ? "" : " OR ").append(path).append(" BETWEEN :").append(from).append(" AND :")
                    .append(to);
            parameters.put(from, ranges.get(i)[0]);
            parameters.put(to, ranges.get(i)[1]);
        }
        return condition.append(')').toString();
    }

    /** The ids as ranges for this entity manager's database, or {@code null} when an {@code IN} list is better. */
    static List<long[]> ranges(EntityManager em, Collection<Long> ids) {
        if (ids.size() < RANGES_FROM
                || !"true".equals(String.valueOf(em.getEntityManagerFactory().getProperties().get(ID_RANGES)))) {
            return null;
        }
        return runs(ids, MAX_RANGES);
    }

    /**
     * The ids as runs of consecutive ids ({@code [first, last]}, ascending), or {@code null} when there are more than
     * {@code max}. Only ids that follow one another without a gap join a run, so a range names exactly the ids given:
     * an id made later (another unit) can never fall inside one.
     */
    static List<long[]> runs(Collection<Long> ids, int max) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        List<long[]> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[i - 1] + 1) {
                if (runs.size() == max) {
                    return null;
                }
                runs.add(new long[] { sorted[start], sorted[i - 1] });
                start = i;
            }
        }
        return runs;
    }

    private static Predicate between(CriteriaBuilder cb, Expression<Long> unitId, long[] range) {
        return range[0] == range[1] ? cb.equal(unitId, range[0]) : cb.between(unitId, range[0], range[1]);
    }

    private static List<Predicate> and(List<Predicate> where, Predicate more) {
        List<Predicate> all = new ArrayList<>(where);
        all.add(more);
        return all;
    }

    private static <E> long count(EntityManager em, Class<E> type, Where<E> where) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> countRoot = count.from(type);
        // count(1), not count(id): a count that names no column can be answered from an index alone (PostgreSQL's
        // index-only scan of the unit index) instead of reading every row of a city's year
        count.select(cb.count(cb.literal(1))).where(where.of(cb, countRoot).toArray(Predicate[]::new));
        return em.createQuery(count).getSingleResult();
    }

    private static <E> Page<E> page(EntityManager em, Class<E> type, Where<E> where, OrderBy<E> order,
            PageRequest page, long total) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
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
