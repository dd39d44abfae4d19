package org.xingfeng.matters.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.xingfeng.matters.api.DiscretionFlag;
import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.ListMetrics.ItemMetrics;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.SubItem;

/** Computes the 四最 figures of a list. Pure. */
public final class MetricsCalculator {

    private MetricsCalculator() {
    }

    public static ListMetrics of(long unitId, List<SubItem> items) {
        List<ItemMetrics> per = new ArrayList<>();
        int materials = 0;
        int shared = 0;
        int steps = 0;
        int onTheSpot = 0;
        int withLimit = 0;
        long limitDays = 0;
        int withDiscretion = 0;
        int flags = 0;
        for (SubItem s : items) {
            int m = 0;
            int sh = 0;
            for (Material mat : s.materials()) {
                if (mat.cancelled()) {
                    continue;
                }
                if (mat.sharedData()) {
                    sh++;
                } else {
                    m++;
                }
            }
            // a range counts with its longer end: that is all the promise guarantees
            Integer days = s.timeLimit() == null ? null : s.timeLimit().longestDays();
            boolean spot = s.timeLimit() != null && s.timeLimit().onTheSpot();
            List<DiscretionFlag> found = DiscretionRules.flags(s);
            per.add(new ItemMetrics(s.id(), s.basicCode(), s.name(), m, sh, days, s.steps().size(), spot, found));
            if (!found.isEmpty()) {
                withDiscretion++;
                flags += found.size();
            }
            materials += m;
            shared += sh;
            steps += s.steps().size();
            if (spot) {
                onTheSpot++;
            }
            if (days != null) {
                withLimit++;
                limitDays += days;
            }
        }
        int n = items.size();
        return new ListMetrics(unitId, n, materials, shared, ratio(materials, n), ratio(limitDays, withLimit),
                n - withLimit,
                ratio(steps, n), onTheSpot, ratio(onTheSpot, n), per, withDiscretion,
                DiscretionRules.share(withDiscretion, n),
                flags);
    }

    private static double ratio(double part, int whole) {
        return whole == 0 ? 0 : Math.round(part / whole * 100) / 100.0;
    }
}
