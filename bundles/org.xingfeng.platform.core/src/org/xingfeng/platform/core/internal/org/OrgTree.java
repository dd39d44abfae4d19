package org.xingfeng.platform.core.internal.org;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.core.internal.store.OrgUnitEntity;
import org.xingfeng.platform.core.internal.store.PlatformStore;

/**
 * The organisation tree held in memory, so that an account's reach and a unit's subtree (the scope of every
 * unit-scoped list) cost no query per request (a province has some 44,000 units). The org service drops it after each change of its own; it is
 * read again at most {@link #MAX_AGE} after another server's change on a shared database, and at once when a unit it
 * does not know is asked for. One thread reads it again while the others go on with the old one.
 */
@Component(service = OrgTree.class)
public class OrgTree {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Snapshot(Map<Long, OrgUnit> units, Map<Long, List<Long>> children,
            Instant readAt, Map<Long, Reach> reaches, Map<Long, List<OrgUnit>> subtrees) {
    }

    private final PlatformStore store;
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Snapshot snapshot;
    /** Counts {@link #changed()}: a tree read while a change was made is used once, not kept. */
    private final AtomicLong changes = new AtomicLong();

    @Activate
    public OrgTree(@Reference PlatformStore store) {
        this.store = store;
    }

    /** The reach of a home unit: the unit and everything below it; {@code null} is the whole installation. */
    public Reach reachOf(Long homeUnitId) {
        if (homeUnitId == null) {
            return Reach.EVERYWHERE;
        }
        Snapshot s = knowing(homeUnitId);
        if (!s.units().containsKey(homeUnitId)) {
            return Reach.NOWHERE;
        }
        return s.reaches().computeIfAbsent(homeUnitId,
                u -> Reach.of(u, subtree(s, u).stream().map(OrgUnit::id).toList()));
    }

    /** The unit and the units below it, the unit first, breadth first; empty when there is no such unit. */
    public List<OrgUnit> subtree(long unitId) {
        Snapshot s = knowing(unitId);
        if (!s.units().containsKey(unitId)) {
            return List.of();
        }
        return s.subtrees().computeIfAbsent(unitId, u -> subtree(s, u));
    }

    /** Reads the tree now unless it is in memory: for a caller about to hold a connection in a transaction. */
    public void warm() {
        current();
    }

    /** Forgets the tree after a change to it: the next caller reads it again. */
    public void changed() {
        changes.incrementAndGet();
        snapshot = null;
    }

    private static List<OrgUnit> subtree(Snapshot s, long unitId) {
        List<OrgUnit> result = new ArrayList<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(unitId));
        while (!todo.isEmpty()) {
            Long u = todo.poll();
            result.add(s.units().get(u));
            todo.addAll(s.children().getOrDefault(u, List.of()));
        }
        return List.copyOf(result);
    }

    /**
     * The tree, read again first when it does not hold a unit that is in the database (made by another server since it
     * was read); an id of no unit costs one lookup by key, not a reading of the tree.
     */
    private Snapshot knowing(long unitId) {
        Snapshot s = current();
        if (s.units().containsKey(unitId)
                || Jpa.read(store.emf(), em -> em.find(OrgUnitEntity.class, unitId)) == null) {
            return s;
        }
        return read(s);
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            return read(null);
        }
        if (clock.instant().isBefore(s.readAt().plus(MAX_AGE)) || !reading.tryLock()) {
            return s; // fresh, or another thread is reading it again: this request goes on with the old tree
        }
        try {
            return load();
        } finally {
            reading.unlock();
        }
    }

    /** Reads the tree unless another thread did so since {@code seen} was taken. */
    private Snapshot read(Snapshot seen) {
        reading.lock();
        try {
            Snapshot s = snapshot;
            return s != null && s != seen ? s : load();
        } finally {
            reading.unlock();
        }
    }

    private Snapshot load() {
        Instant now = clock.instant();
        long seenChanges = changes.get();
        List<OrgUnit> rows = Jpa.read(store.emf(),
                em -> em.createQuery("select u from OrgUnitEntity u", OrgUnitEntity.class).getResultList().stream()
                        .map(OrgUnitEntity::toRecord).toList());
        List<OrgUnit> byCode = new ArrayList<>(rows);
        byCode.sort(Comparator.comparing(OrgUnit::code));
        Map<Long, OrgUnit> units = new HashMap<>();
        Map<Long, List<Long>> children = new HashMap<>();
        for (OrgUnit u : byCode) {
            units.put(u.id(), u);
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.id());
            }
        }
        Snapshot s = new Snapshot(units, children, now, new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>());
        if (changes.get() == seenChanges) {
            snapshot = s;
        }
        return s;
    }
}
