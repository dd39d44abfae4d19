package org.xingfeng.evaluations.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.event.OrgEvents;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;

/**
 * What the module's services need from the org tree, cached and shared: units with their ancestors, staff by number.
 * The tree is reloaded at once on the platform's organisation events, after {@code ttlMillis} otherwise (a unit moved
 * by another server on the same database), and when an unknown unit is asked for (a new unit works immediately).
 * When a reload finds a unit under another parent, or units added or gone, the tree listeners are told. It serves the
 * module's own work (intake, roll-ups), not a user, so it reads the whole tree ({@code Actor.SYSTEM}).
 */
@Component(service = { OrgCache.class, EventHandler.class },
        property = EventConstants.EVENT_TOPIC + "=" + OrgEvents.TOPIC_PREFIX + "*")
public class OrgCache implements EventHandler {

    private record Staffing(Optional<Staff> staff, long loadedAt) {
    }

    private final OrgService org;
    private final long ttlMillis;
    private volatile Map<Long, OrgUnit> units = Map.of();
    private volatile UnitTree tree = UnitTree.EMPTY;
    private volatile long unitsLoadedAt = Long.MIN_VALUE / 2;
    private final Map<String, Staffing> staff = new ConcurrentHashMap<>();
    private final List<Runnable> treeListeners = new CopyOnWriteArrayList<>();

    @Activate
    public OrgCache(@Reference OrgService org) {
        this(org, 60_000);
    }

    OrgCache(OrgService org, long ttlMillis) {
        this.org = org;
        this.ttlMillis = ttlMillis;
    }

    /** A monotonic time for the cache's age (not the wall clock: the bureau's clock may be fixed in a test). */
    private static long elapsedMillis() {
        return System.nanoTime() / 1_000_000;
    }

    @Override
    public void handleEvent(Event event) {
        reloadUnits();
    }

    /** Called (on the thread that reloaded) whenever the tree's shape changed. */
    void addTreeListener(Runnable listener) {
        treeListeners.add(listener);
    }

    void removeTreeListener(Runnable listener) {
        treeListeners.remove(listener);
    }

    Optional<OrgUnit> unit(long id) {
        OrgUnit u = units().get(id);
        if (u == null) {
            u = reloadUnits().get(id);
        }
        return Optional.ofNullable(u);
    }

    /** The tree as it is now (reloaded when older than the time to live). */
    UnitTree tree() {
        units();
        return tree;
    }

    /** The unit and its ancestors, the unit first. */
    List<Long> selfAndAncestors(long unitId) {
        return tree().selfAndAncestors(unitId);
    }

    Optional<Staff> staffByNumber(String number) {
        long now = elapsedMillis();
        Staffing s = staff.get(number);
        if (s == null || now - s.loadedAt > ttlMillis) {
            if (staff.size() > 50_000) {
                staff.clear();
            }
            s = new Staffing(org.staffByNumber(Actor.SYSTEM, number), now);
            staff.put(number, s);
        }
        return s.staff;
    }

    private Map<Long, OrgUnit> units() {
        if (elapsedMillis() - unitsLoadedAt > ttlMillis) {
            return reloadUnits();
        }
        return units;
    }

    private Map<Long, OrgUnit> reloadUnits() {
        boolean changed;
        Map<Long, OrgUnit> loaded;
        synchronized (this) {
            Map<Long, OrgUnit> map = new HashMap<>();
            Map<Long, Long> parents = new HashMap<>();
            for (OrgUnit u : org.units(Actor.SYSTEM)) {
                map.put(u.id(), u);
                parents.put(u.id(), u.parentId());
            }
            UnitTree next = new UnitTree(parents);
            changed = !tree.isEmpty() && !Objects.equals(next, tree);
            units = loaded = Map.copyOf(map);
            tree = next;
            unitsLoadedAt = elapsedMillis();
        }
        if (changed) {
            for (Runnable l : treeListeners) {
                l.run();
            }
        }
        return loaded;
    }
}
