package org.xingfeng.windows.api.figures;

import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 服务水平报表 a hall manager reads: service levels by hour, day, window, staff member or matter, and the
 * comprehensive-window coverage per hall and unit. Reading needs any windows role, admin or auditor; a hall or unit out
 * of reach answers 404. The target wait is configuration (default 15 minutes).
 */
@Remote
public interface FiguresService {

    ServiceLevels serviceLevels(Actor actor, FiguresQuery query);

    /** Each hall of the unit and below, then the unit's total (the last row). */
    List<Coverage> coverage(Actor actor, long unitId);

    Table table(ServiceLevels levels);

    Table coverageTable(List<Coverage> coverage);
}
