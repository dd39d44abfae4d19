package org.xingfeng.platform.api;

import org.xingfeng.platform.api.i18n.Text;
import java.util.Collection;
import java.util.Set;

/**
 * 管辖范围: the units an account works on, its home unit and every unit below it. Services check every read, list,
 * export, report and change against the caller's reach; a target outside it answers as if it did not exist (404).
 * An account without a home unit reaches the whole installation: the first administrator (a province's) and the
 * system itself.
 */
public final class Reach {

    /** The whole installation: every unit, present and future. */
    public static final Reach EVERYWHERE = new Reach(null, null);
    /** No unit at all (an account whose home unit was removed): lists are empty, every target is out of reach. */
    public static final Reach NOWHERE = new Reach(null, Set.of());

    private final Long homeUnitId;
    private final Set<Long> unitIds;

    private Reach(Long homeUnitId, Set<Long> unitIds) {
        this.homeUnitId = homeUnitId;
        this.unitIds = unitIds;
    }

    /** The home unit and the units below it ({@code unitIds} must hold the home unit). */
    public static Reach of(long homeUnitId, Collection<Long> unitIds) {
        Set<Long> ids = Set.copyOf(unitIds);
        if (!ids.contains(homeUnitId)) {
            throw new IllegalArgumentException("the reach of unit " + homeUnitId + " must hold the unit itself");
        }
        return new Reach(homeUnitId, ids);
    }

    /** The home unit; {@code null} for the whole installation (or nowhere). */
    public Long homeUnitId() {
        return homeUnitId;
    }

    public boolean everywhere() {
        return unitIds == null;
    }

    /** The units in reach; only for a bounded reach ({@link #everywhere()} is false). */
    public Set<Long> unitIds() {
        if (unitIds == null) {
            throw new IllegalStateException("the whole installation is in reach: no list of units");
        }
        return unitIds;
    }

    public boolean contains(long unitId) {
        return unitIds == null || unitIds.contains(unitId);
    }

    /** Whether a record of the given unit is in reach; a record without a unit belongs to the whole installation. */
    public boolean containsRecordOf(Long unitId) {
        return unitId == null ? unitIds == null : contains(unitId);
    }

    /**
     * Refuses a target outside the reach as if it did not exist.
     *
     * @throws NotFoundException naming the entity and the id asked for
     */
    public void check(long unitId, Text entity, Object id) {
        if (!contains(unitId)) {
            throw new NotFoundException(entity, id);
        }
    }

    /**
     * The unit a list is scoped to (that unit and the units below it): the unit asked for, refused as not found when
     * it is out of reach; without one, the home unit; {@code null} (no filter) only for the whole installation. An
     * account that reaches nowhere gets {@code -1}, which matches no unit.
     */
    public Long listScope(Long requestedUnitId) {
        if (requestedUnitId != null) {
            checkUnit(requestedUnitId);
            return requestedUnitId;
        }
        if (unitIds == null) {
            return null;
        }
        return homeUnitId == null ? Long.valueOf(-1) : homeUnitId;
    }

    /** Refuses a unit outside the reach (the unit itself is the target). */
    public void checkUnit(long unitId) {
        check(unitId, PlatformMessages.MESSAGES.text("entity.orgUnit"), unitId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reach r && java.util.Objects.equals(homeUnitId, r.homeUnitId)
                && java.util.Objects.equals(unitIds, r.unitIds);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(homeUnitId, unitIds);
    }

    @Override
    public String toString() {
        return everywhere() ? "Reach[everywhere]" : "Reach[home=" + homeUnitId + ", units=" + unitIds.size() + "]";
    }
}
