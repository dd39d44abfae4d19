package org.xingfeng.evaluations.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;

/**
 * What the hot path needs from the org tree, cached: units with their ancestors, staff by number. Entries are
 * reloaded after {@code ttlMillis}, and an unknown unit reloads the tree at once (a new unit works immediately).
 */
final class OrgCache {

    private record Staffing(Optional<Staff> staff, long loadedAt) {
    }

    private final OrgService org;
    private final long ttlMillis;
    private volatile Map<Long, OrgUnit> units = Map.of();
    private volatile long unitsLoadedAt;
    private final Map<String, Staffing> staff = new ConcurrentHashMap<>();

    OrgCache(OrgService org, long ttlMillis) {
        this.org = org;
        this.ttlMillis = ttlMillis;
    }

    Optional<OrgUnit> unit(long id) {
        OrgUnit u = units().get(id);
        if (u == null) {
            u = reloadUnits().get(id);
        }
        return Optional.ofNullable(u);
    }

    /** The unit and its ancestors, the unit first. */
    List<Long> selfAndAncestors(long unitId) {
        Map<Long, OrgUnit> all = units();
        List<Long> chain = new ArrayList<>();
        OrgUnit u = all.get(unitId);
        while (u != null && chain.size() < 16) {
            chain.add(u.id());
            u = u.parentId() == null ? null : all.get(u.parentId());
        }
        return chain;
    }

    Optional<Staff> staffByNumber(String number) {
        long now = System.currentTimeMillis();
        Staffing s = staff.get(number);
        if (s == null || now - s.loadedAt > ttlMillis) {
            if (staff.size() > 50_000) {
                staff.clear();
            }
            s = new Staffing(org.staffByNumber(number), now);
            staff.put(number, s);
        }
        return s.staff;
    }

    private Map<Long, OrgUnit> units() {
        if (System.currentTimeMillis() - unitsLoadedAt > ttlMillis) {
            return reloadUnits();
        }
        return units;
    }

    private synchronized Map<Long, OrgUnit> reloadUnits() {
        Map<Long, OrgUnit> map = new HashMap<>();
        for (OrgUnit u : org.units()) {
            map.put(u.id(), u);
        }
        units = Map.copyOf(map);
        unitsLoadedAt = System.currentTimeMillis();
        return units;
    }
}
