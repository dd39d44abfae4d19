package org.xingfeng.matters.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.xingfeng.matters.api.DiscretionFlag;
import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.ListMetrics.ItemMetrics;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.VersionComparison;
import org.xingfeng.matters.api.VersionComparison.DiscretionChange;

/** Two states of one list compared: their 四最 figures and the items whose discretion findings differ. Pure. */
final class VersionComparer {

    private VersionComparer() {
    }

    static VersionComparison compare(long unitId, int fromVersion, Integer toVersion, List<SubItem> before,
            List<SubItem> after) {
        ListMetrics from = MetricsCalculator.of(unitId, before);
        ListMetrics to = MetricsCalculator.of(unitId, after);
        Map<Long, ItemMetrics> old = new LinkedHashMap<>();
        from.perItem().forEach(m -> old.put(m.id(), m));
        List<DiscretionChange> changes = new ArrayList<>();
        for (ItemMetrics now : to.perItem()) {
            ItemMetrics was = old.remove(now.id());
            List<DiscretionFlag> wasFlags = was == null ? List.of() : was.discretion();
            if (!Objects.equals(wasFlags, now.discretion())) {
                changes.add(new DiscretionChange(now.id(), now.basicCode(), now.name(), wasFlags, now.discretion()));
            }
        }
        for (ItemMetrics gone : old.values()) {
            if (!gone.discretion().isEmpty()) {
                changes.add(new DiscretionChange(gone.id(), gone.basicCode(), gone.name(), gone.discretion(),
                        List.of()));
            }
        }
        return new VersionComparison(unitId, fromVersion, toVersion, figuresOnly(from), figuresOnly(to), changes);
    }

    /** The list's figures without its per-item rows. */
    static ListMetrics figuresOnly(ListMetrics m) {
        return new ListMetrics(m.unitId(), m.items(), m.materials(), m.sharedDataMaterials(), m.averageMaterials(),
                m.averageTimeLimitDays(), m.itemsWithoutTimeLimit(), m.averageSteps(), m.onTheSpot(),
                m.onTheSpotShare(), List.of(), m.itemsWithDiscretion(), m.discretionShare(), m.discretionFlags());
    }
}
