package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.DiscretionFlag;
import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.matters.api.VersionComparison;
import org.xingfeng.matters.api.VersionComparison.DiscretionChange;

/** 最小自由裁量 in the 四最 figures and between two states of a list, against hand-worked lists. */
class DiscretionFiguresTest {

    static SubItem item(long id, String name, String conditions, List<String> materials, TimeLimit limit) {
        return new SubItem(id, 1, 7, "C" + id, "I" + id, name, Set.of(), null,
                materials.stream().map(Material::named).toList(), conditions, limit, List.of("受理", "办结"), null, null,
                null, null, null);
    }

    static final SubItem CLEAN = item(1, "单位参保登记", "依法应参保的单位", List.of("营业执照"), TimeLimit.ON_THE_SPOT);
    static final SubItem OPEN = item(2, "门诊慢特病认定", "必要时实地核查", List.of("诊断证明", "相关证明"), TimeLimit.days(15));
    static final SubItem UNFIXED = item(3, "异地就医备案", null, List.of("备案表"), null);

    @Test
    void theFiguresCountTheItemsWithAFindingAndEveryFinding() {
        ListMetrics m = MetricsCalculator.of(7, List.of(CLEAN, OPEN, UNFIXED));
        assertEquals(2, m.itemsWithDiscretion());
        assertEquals(66.7, m.discretionShare());
        assertEquals(3, m.discretionFlags(), "必要时, 相关证明 and the missing time limit");
        assertEquals(List.of(), m.perItem().get(0).discretion());
        assertEquals(List.of(new DiscretionFlag("conditions", "必要时"), new DiscretionFlag("materials[1]", "相关证明")),
                m.perItem().get(1).discretion());
        assertEquals(List.of(new DiscretionFlag("timeLimit", "未明确")), m.perItem().get(2).discretion());
        ListMetrics empty = MetricsCalculator.of(7, List.of());
        assertEquals(0, empty.itemsWithDiscretion());
        assertEquals(0.0, empty.discretionShare());
    }

    @Test
    void twoStatesOfAListShowTheFiguresAndEveryItemWhoseFindingsChanged() {
        SubItem openFixed = item(2, "门诊慢特病认定", "参保人员", List.of("诊断证明"), TimeLimit.days(15));
        SubItem added = item(4, "转诊备案", "视情况", List.of("转诊单"), TimeLimit.days(1));
        VersionComparison c = VersionComparer.compare(7, 1, null, List.of(CLEAN, OPEN, UNFIXED),
                List.of(CLEAN, openFixed, added));
        assertEquals(1, c.fromVersion());
        assertNull(c.toVersion(), "against the current list");
        assertEquals(66.7, c.from().discretionShare());
        assertEquals(33.3, c.to().discretionShare());
        assertEquals(List.of(), c.from().perItem(), "figures only");
        assertEquals(List.of(
                new DiscretionChange(2, "C2", "门诊慢特病认定",
                        List.of(new DiscretionFlag("conditions", "必要时"), new DiscretionFlag("materials[1]", "相关证明")),
                        List.of()),
                new DiscretionChange(4, "C4", "转诊备案", List.of(), List.of(new DiscretionFlag("conditions", "视情况"))),
                new DiscretionChange(3, "C3", "异地就医备案", List.of(new DiscretionFlag("timeLimit", "未明确")), List.of())),
                c.items(), "the clean item unchanged is left out; a removed item's findings are gone");
    }
}
