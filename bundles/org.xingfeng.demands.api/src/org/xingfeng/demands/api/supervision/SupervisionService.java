package org.xingfeng.demands.api.supervision;

import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 督办 and figures. Reading needs any of the module's roles, {@code auditor} or {@code admin}; a unit outside the
 * reach is a 404, without a unit the reach is taken.
 */
@Remote
public interface SupervisionService {

    /**
     * Open demands overdue, due for a reminder or an escalation, or paused, and replied demands whose call-back (回访)
     * is overdue ({@code CALL_BACK_OVERDUE}, due the working day after the reply), the longest overdue first.
     */
    List<BoardEntry> board(Actor actor, Long unitId);

    Table boardTable(List<BoardEntry> entries);

    /** The figures by the query's dimension, with a last line {@code key = "total"} for the whole. */
    List<DemandFigure> figures(Actor actor, FiguresQuery query);

    Table figuresTable(List<DemandFigure> figures);
}
