package org.xingfeng.platform.core.internal.org;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.core.internal.store.PlatformStore;

/**
 * The organisation tree (unit to parent) held in memory, so an account's reach costs no query per request. The
 * org service drops it after each change of its own; it is read again at most {@link #MAX_AGE} after another
 * server's change on a shared database.
 */
@Component(service = OrgTree.class)
public class OrgTree {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Snapshot(Map<Long, Long> parents, Map<Long, List<Long>> children, Instant readAt,
            Map<Long, Reach> reaches) {
    }

    private final PlatformStore store;
    private final Clock clock = Clock.systemUTC();
    private volatile Snapshot snapshot;

    @Activate
    public OrgTree(@Reference PlatformStore store) {
        this.store = store;
    }

    /** The reach of a home unit: the unit and everything below it; {@code null} is the whole installation. */
    public Reach reachOf(Long homeUnitId) {
        if (homeUnitId == null) {
            return Reach.EVERYWHERE;
        }
        Snapshot s = current();
        if (!s.parents().containsKey(homeUnitId)) {
            return Reach.NOWHERE;
        }
        return s.reaches().computeIfAbsent(homeUnitId, u -> Reach.of(u, below(s, u)));
    }

    /** Forgets the tree after a change to it. */
    public void changed() {
        snapshot = null;
    }

    private static List<Long> below(Snapshot s, long unitId) {
        List<Long> result = new ArrayList<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(unitId));
        while (!todo.isEmpty()) {
            Long u = todo.poll();
            result.add(u);
            todo.addAll(s.children().getOrDefault(u, List.of()));
        }
        return result;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s != null && now.isBefore(s.readAt().plus(MAX_AGE))) {
            return s;
        }
        List<Object[]> rows = Jpa.read(store.emf(),
                em -> em.createQuery("select u.id, u.parentId from OrgUnitEntity u", Object[].class).getResultList());
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, List<Long>> children = new HashMap<>();
        for (Object[] r : rows) {
            Long id = (Long) r[0];
            Long parent = (Long) r[1];
            parents.put(id, parent);
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
            }
        }
        s = new Snapshot(parents, children, now, new java.util.concurrent.ConcurrentHashMap<>());
        snapshot = s;
        return s;
    }
}
