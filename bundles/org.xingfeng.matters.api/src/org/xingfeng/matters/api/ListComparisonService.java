package org.xingfeng.matters.api;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.remote.Remote;

/** 六统一比对: a unit's list against a standard list, normally its province's. */
@Remote
public interface ListComparisonService {

    /**
     * The unit's list against a standard list. With {@code standardUnitId} null the standard is the list of the
     * unit's province (its nearest ancestor of level PROVINCE). The unit must be in the actor's reach (404
     * otherwise). The standard is normally a unit above it, outside a county officer's reach: it may be any ancestor
     * of the unit or any unit in the actor's reach; any other unit answers 404 as if it did not exist.
     */
    ListComparison compare(Actor actor, long unitId, Long standardUnitId);

    /** The comparison as a sheet: one row per missing, extra or differing element. */
    Table comparisonTable(ListComparison comparison);
}
