package org.xingfeng.publicity.core.internal;

import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;

/** The unit filter of the module's lists: a unit means it and every unit below it, within the actor's reach. */
final class UnitScope {

    private UnitScope() {
    }

    /**
     * The ids of the unit and the units below it; without a unit, those of the actor's reach (null, no filter, for the
     * whole installation). A unit that is unknown or out of reach is a 404.
     */
    static List<Long> ids(OrgService org, Actor actor, Long unitId) {
        Long scope = actor.reach().listScope(unitId);
        if (scope == null) {
            return null;
        }
        if (scope < 0) {
            return List.of(-1L); // an account that reaches nowhere: matches no unit
        }
        return org.subtree(actor, scope).stream().map(OrgUnit::id).toList();
    }

    /** The units above the actor's home unit, whose shared records (campaigns, approved materials) it sees. */
    static java.util.Set<Long> above(OrgService org, Actor actor) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        Long home = actor.reach().homeUnitId();
        Long up = home == null ? null : org.unit(Actor.SYSTEM, home).map(OrgUnit::parentId).orElse(null);
        while (up != null && ids.add(up) && ids.size() < 64) {
            up = org.unit(Actor.SYSTEM, up).map(OrgUnit::parentId).orElse(null);
        }
        return ids;
    }
}
