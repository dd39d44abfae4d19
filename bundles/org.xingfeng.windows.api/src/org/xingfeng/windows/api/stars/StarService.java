package org.xingfeng.windows.api.stars;

import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 星级窗口 and the yearly selection. Reading needs a windows role, admin or auditor; everything is within the caller's
 * reach (a {@code unitId} out of reach answers 404). Figures of the evaluations module (satisfaction, complaints, bad
 * reviews) are read when it is installed; without it those factors are shown as missing.
 */
@Remote
public interface StarService {

    /** The windows' ratings, best first. */
    List<WindowStars> stars(Actor actor, StarQuery query);

    /** The selection of the year for the province of the caller's unit (or of {@code unitId}), cut to the reach. */
    YearlySelection selection(Actor actor, Long unitId, int year);

    StarWeights weights();

    Table starsTable(List<WindowStars> stars);

    Table selectionTable(YearlySelection selection);
}
