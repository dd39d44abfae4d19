package org.xingfeng.matters.api;

import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.remote.Remote;

/** 六统一比对: a unit's list against a standard list, normally its province's. */
@Remote
public interface ListComparisonService {

    /**
     * The unit's list against a standard list. With {@code standardUnitId} null the standard is the list of the
     * unit's province (its nearest ancestor of level PROVINCE).
     */
    ListComparison compare(long unitId, Long standardUnitId);

    /** The comparison as a sheet: one row per missing, extra or differing element. */
    Table comparisonTable(ListComparison comparison);
}
