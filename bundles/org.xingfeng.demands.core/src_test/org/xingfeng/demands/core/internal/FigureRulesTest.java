package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.demands.api.supervision.DeadlineStatus;
import org.xingfeng.demands.api.supervision.DemandFigure;
import org.xingfeng.demands.core.internal.FigureRules.Row;

class FigureRulesTest {

    @Test
    void onTimeCountsOnlyDemandsWhoseDeadlineHasComeAndSatisfactionOnlyTheRated() {
        List<DemandFigure> f = FigureRules.figures(List.of(
                new Row("CONSULTATION", "咨询", DeadlineStatus.REPLIED_ON_TIME, true),
                new Row("CONSULTATION", "咨询", DeadlineStatus.REPLIED_LATE, false),
                new Row("CONSULTATION", "咨询", DeadlineStatus.IN_TIME, null),
                new Row("COMPLAINT", "投诉", DeadlineStatus.REMIND, null),
                new Row("COMPLAINT", "投诉", DeadlineStatus.PAUSED, null),
                new Row("COMPLAINT", "投诉", DeadlineStatus.REPLIED_ON_TIME, true)), "合计");
        assertEquals(new DemandFigure("CONSULTATION", "咨询", 3, 2, 1, 50.0, 2, 1, 50.0), f.get(0));
        assertEquals(new DemandFigure("COMPLAINT", "投诉", 3, 2, 1, 50.0, 1, 1, 100.0), f.get(1));
        assertEquals(new DemandFigure("total", "合计", 6, 4, 2, 50.0, 3, 2, 66.7), f.get(2));
        DemandFigure none = FigureRules.figures(List.of(), "合计").get(0);
        assertNull(none.onTimeRate());
        assertNull(none.satisfactionRate());
        assertEquals(0, none.total());
    }
}
