package org.xingfeng.windows.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.windows.api.queue.TicketState;
import org.xingfeng.windows.core.internal.CallRules.Candidate;

/**
 * The waiting tickets of each hall's day in memory, so that "call next" picks without reading the queue from the
 * database. The database stays the record: a hall's queue is read from it at its first use of a day (and again now
 * and then, below), every change is committed there before it is applied here, and a pick only reserves a ticket (it
 * is out of the queue, "in flight") until the caller's transaction has claimed it by a version-checked update and
 * said so ({@link #settled}). Each hall has its own lock, held only while its queue is read or changed in memory
 * (never while a transaction of the caller holds row locks), so halls never wait on each other and a call waits for
 * no commit but its own.
 * <p>
 * Writers other than this server's services (another server on a shared database, the demo data) are caught up
 * with: tickets numbered beyond the last one seen are read (one indexed query) whenever a window finds nothing to
 * call, and at most every {@link #PROBE_NANOS}; the whole queue is read again every {@link #RELOAD_NANOS}. A ticket
 * another server called meanwhile is found when the claim's version check fails, and the ticket is dropped here.
 */
@Component(service = HallQueues.class)
public class HallQueues {

    /** New tickets of other writers are looked for at most this often (and whenever a window finds nothing). */
    static final long PROBE_NANOS = 1_000_000_000L;
    /** The whole queue is read again this often (changes other servers made to waiting tickets). */
    static final long RELOAD_NANOS = 60_000_000_000L;

    /**
     * A waiting ticket as the queue keeps it: the fields the call rules read, and the whole row as last committed or
     * read ({@code row}, a detached copy nobody changes), so a call claims it by one conditional update and answers
     * without reading it again.
     */
    record Waiting(long id, long version, int seq, String matterCode, boolean priority, Instant placeAt,
            Instant dueAt, Long targetWindowId, TicketEntity row) {

        Candidate candidate() {
            return new Candidate(id, matterCode, priority, placeAt, dueAt, targetWindowId);
        }

        static Waiting of(TicketEntity t) {
            TicketEntity row = t.copy();
            return new Waiting(t.id, t.version, t.seq, t.matterCode, t.priorityClass != null, t.placeAt.toInstant(),
                    TicketStore.instant(t.dueAt), t.targetWindowId, row);
        }
    }

    private static final Comparator<Waiting> BY_PLACE = Comparator.comparing(Waiting::placeAt)
            .thenComparingLong(Waiting::id);
    private static final Comparator<Waiting> BY_DUE = Comparator.comparing(Waiting::dueAt).thenComparing(BY_PLACE);

    /** One hall's queue of one day. Guarded by {@link #lock}. */
    private static final class Queue {
        final ReentrantLock lock = new ReentrantLock();
        LocalDate day;
        long loadedAt;
        long probedAt;
        int maxSeq;
        final Map<Long, Waiting> byId = new HashMap<>();
        /**
         * Waiting tickets in the queue's order, priority classes apart from the rest: once the priority tickets are
         * called, a window looking for them would otherwise walk the whole queue at every call, under the lock.
         */
        final TreeSet<Waiting> priorityByPlace = new TreeSet<>(BY_PLACE);
        final TreeSet<Waiting> normalByPlace = new TreeSet<>(BY_PLACE);
        /** Appointments (a due time), by due time. */
        final TreeSet<Waiting> byDue = new TreeSet<>(BY_DUE);
        /** The last version seen of every ticket of the day, so an older view never overwrites a newer one. */
        final Map<Long, Long> seen = new HashMap<>();
        /** Picked and not yet settled: out of the queue whatever a read of the database says. */
        final Set<Long> inFlight = new HashSet<>();
        /** A periodic probe is reading the database (without the lock). */
        boolean probing;

        void remove(long id) {
            Waiting old = byId.remove(id);
            if (old != null) {
                byPlace(old).remove(old);
                if (old.dueAt() != null) {
                    byDue.remove(old);
                }
            }
        }

        TreeSet<Waiting> byPlace(Waiting w) {
            return w.priority() ? priorityByPlace : normalByPlace;
        }

        void add(Waiting w) {
            remove(w.id());
            byId.put(w.id(), w);
            byPlace(w).add(w);
            if (w.dueAt() != null) {
                byDue.add(w);
            }
        }

        /** Applies a ticket's state as read or committed, unless a newer one was seen. */
        void apply(long id, long version, int seq, String state, LocalDate ticketDay, Waiting waiting) {
            Long known = seen.get(id);
            if (known != null && known > version) {
                return;
            }
            seen.put(id, version);
            maxSeq = Math.max(maxSeq, seq);
            if (TicketState.WAITING.name().equals(state) && day.equals(ticketDay) && !inFlight.contains(id)) {
                add(waiting);
            } else {
                remove(id);
            }
        }
    }

    private final EntityManagerFactory emf;
    private final Map<Long, Queue> halls = new ConcurrentHashMap<>();

    @Activate
    public HallQueues(@Reference WindowsDatabase database) {
        this.emf = database.emf();
    }

    private Queue queue(long hallId) {
        return halls.computeIfAbsent(hallId, k -> new Queue());
    }

    /** Reads the hall's waiting tickets of the day afresh (the lock held). */
    private void load(Queue q, long hallId, LocalDate day) {
        if (!day.equals(q.day)) {
            q.day = day;
            q.seen.clear();
            q.maxSeq = 0;
        }
        q.byId.clear();
        q.priorityByPlace.clear();
        q.normalByPlace.clear();
        q.byDue.clear();
        List<TicketEntity> rows = Jpa.read(emf, em -> em.createQuery("SELECT t FROM TicketEntity t WHERE t.hallId = :h "
                + "AND t.day = :d AND t.state = :s", TicketEntity.class).setParameter("h", hallId)
                .setParameter("d", day)
                .setParameter("s", TicketState.WAITING.name()).getResultList());
        for (TicketEntity t : rows) {
            q.apply(t.id, t.version, t.seq, t.state, day, Waiting.of(t));
        }
        // the highest number of the day, waiting or not, so that a probe reads only newer tickets
        Integer max = Jpa.read(emf, em -> em.createQuery("SELECT MAX(t.seq) FROM TicketEntity t WHERE t.hallId = :h "
                + "AND t.day = :d", Integer.class).setParameter("h", hallId).setParameter("d", day).getSingleResult());
        q.maxSeq = Math.max(q.maxSeq, max == null ? 0 : max);
        q.loadedAt = System.nanoTime();
        q.probedAt = q.loadedAt;
    }

    /** Reads the tickets numbered after the last one seen (taken by another writer) (the lock held). */
    private void probe(Queue q, long hallId) {
        for (TicketEntity t : newer(hallId, q.day, q.maxSeq)) {
            q.apply(t.id, t.version, t.seq, t.state, q.day, Waiting.of(t));
        }
        q.probedAt = System.nanoTime();
    }

    private List<TicketEntity> newer(long hallId, LocalDate day, int after) {
        return Jpa.read(emf, em -> em.createQuery("SELECT t FROM TicketEntity t "
                + "WHERE t.hallId = :h AND t.day = :d AND t.seq > :n", TicketEntity.class).setParameter("h", hallId)
                .setParameter("d", day).setParameter("n", after).getResultList());
    }

    /**
     * The periodic probe, its query run without the lock (one thread at a time), so the windows' picks do not wait
     * for the database; what it read is applied under the lock, where a version seen already or a ticket in flight
     * wins over it.
     */
    private void probeUnlocked(Queue q, long hallId, LocalDate day) {
        int after;
        q.lock.lock();
        try {
            if (q.probing || !day.equals(q.day) || System.nanoTime() - q.probedAt <= PROBE_NANOS) {
                return;
            }
            q.probing = true;
            after = q.maxSeq;
        } finally {
            q.lock.unlock();
        }
        List<TicketEntity> rows = null;
        try {
            rows = newer(hallId, day, after);
        } finally {
            q.lock.lock();
            try {
                q.probing = false;
                if (rows != null && day.equals(q.day)) {
                    for (TicketEntity t : rows) {
                        q.apply(t.id, t.version, t.seq, t.state, day, Waiting.of(t));
                    }
                    q.probedAt = System.nanoTime();
                }
            } finally {
                q.lock.unlock();
            }
        }
    }

    /** The queue of the day, read afresh when it is not in memory or is old (the lock held). */
    private void fresh(Queue q, long hallId, LocalDate day) {
        if (!day.equals(q.day) || System.nanoTime() - q.loadedAt > RELOAD_NANOS) {
            load(q, hallId, day);
        }
    }

    /**
     * Picks the ticket a window calls next and takes it out of the queue (in flight) until {@link #settled}: the
     * tickets the window may call, at most {@code perKind} of each kind (appointments due, priority, normal), in the
     * queue's order, are given to {@code choose} (the call rules), which returns the one to call or null. When none is
     * chosen, tickets other writers took are looked for first. Null when nothing waits for the window; otherwise the
     * ticket as the queue holds it (its row as last seen).
     */
    Waiting pick(long hallId, LocalDate day, Instant now, long windowId, Set<String> codes, int perKind,
            Function<List<Candidate>, Candidate> choose) {
        Queue q = queue(hallId);
        probeUnlocked(q, hallId, day);
        q.lock.lock();
        try {
            long probed = q.probedAt;
            fresh(q, hallId, day);
            Candidate c = choose.apply(candidates(q, now, windowId, codes, perKind));
            if (c == null && q.probedAt == probed) {
                probe(q, hallId);
                c = choose.apply(candidates(q, now, windowId, codes, perKind));
            }
            if (c == null) {
                return null;
            }
            Waiting w = q.byId.get(c.id());
            q.remove(c.id());
            q.inFlight.add(c.id());
            return w;
        } finally {
            q.lock.unlock();
        }
    }

    private static List<Candidate> candidates(Queue q, Instant now, long windowId, Set<String> codes, int perKind) {
        List<Candidate> list = new ArrayList<>();
        int due = 0;
        for (Waiting w : q.byDue) {
            if (due >= perKind || w.dueAt().isAfter(now)) {
                break;
            }
            Candidate c = w.candidate();
            if (CallRules.eligible(c, windowId, codes)) {
                list.add(c);
                due++;
            }
        }
        firstEligible(q.priorityByPlace, windowId, codes, perKind, list);
        firstEligible(q.normalByPlace, windowId, codes, perKind, list);
        return list;
    }

    /** Adds the first {@code count} tickets of {@code byPlace} the window may call to {@code list}. */
    private static void firstEligible(TreeSet<Waiting> byPlace, long windowId, Set<String> codes, int count,
            List<Candidate> list) {
        int added = 0;
        for (Waiting w : byPlace) {
            if (added >= count) {
                return;
            }
            Candidate c = w.candidate();
            if (CallRules.eligible(c, windowId, codes)) {
                list.add(c);
                added++;
            }
        }
    }

    /**
     * A picked ticket is settled: {@code ticket} is its row as committed (claimed: no longer waiting) or as read again
     * after the claim failed (back in the queue if it still waits); null when the row is gone.
     */
    void settled(long hallId, long ticketId, TicketEntity ticket) {
        Queue q = queue(hallId);
        q.lock.lock();
        try {
            q.inFlight.remove(ticketId);
            if (ticket != null && q.day != null) {
                q.apply(ticket.id, ticket.version, ticket.seq, ticket.state, ticket.day, Waiting.of(ticket));
            }
        } finally {
            q.lock.unlock();
        }
    }

    /**
     * A ticket's row changed and was committed (taken, transferred, its class set, ...): the hall's queue follows it.
     * A hall whose queue is not in memory yet is read now, so that its first call does not wait for a long read.
     */
    void changed(TicketEntity ticket) {
        Queue q = queue(ticket.hallId);
        q.lock.lock();
        try {
            if (q.day == null || !q.day.equals(ticket.day)) {
                if (q.day != null && q.day.isAfter(ticket.day)) {
                    return;
                }
                load(q, ticket.hallId, ticket.day);
            }
            q.apply(ticket.id, ticket.version, ticket.seq, ticket.state, ticket.day, Waiting.of(ticket));
        } finally {
            q.lock.unlock();
        }
    }

    /** How many tickets wait in the hall's queue in memory (for tests), -1 when it is not in memory. */
    int waiting(long hallId) {
        Queue q = halls.get(hallId);
        if (q == null) {
            return -1;
        }
        q.lock.lock();
        try {
            return q.day == null ? -1 : q.byId.size();
        } finally {
            q.lock.unlock();
        }
    }
}
