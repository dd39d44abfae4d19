package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.ListComparison;
import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MatterCategory;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.TimeLimit;

class ComparisonAndMetricsTest {

    static SubItem item(long id, long main, String code, String name, List<Material> materials, TimeLimit limit,
            List<String> steps) {
        return new SubItem(id, main, 0, code, "X-" + code, name, Set.of(HandlingLevel.C), "依据", materials, null, limit,
                steps, null, null, null, "不收费", null);
    }

    static final List<MainItem> PROVINCE_MAINS = List
            .of(new MainItem(1, 10, "YB01", "参保登记", MatterCategory.PUBLIC_SERVICE));
    static final List<MainItem> COUNTY_MAINS = List
            .of(new MainItem(2, 20, "YB01", "参保登记", MatterCategory.PUBLIC_SERVICE));

    @Test
    void pairsByNameThenByRealCodeAndListsEveryDifferingElement() {
        List<SubItem> province = List.of(
                item(1, 1, "000211001000", "单位参保登记", List.of(Material.named("登记表")), TimeLimit.ON_THE_SPOT,
                        List.of("申请", "受理", "办结")),
                item(2, 1, "000211002000", "个人参保登记", List.of(Material.named("身份证")), TimeLimit.days(5),
                        List.of("申请", "办结")),
                item(3, 1, "YB01-003", "参保终止", List.of(), TimeLimit.days(3), List.of()));
        List<SubItem> county = List.of(
                // same national code, renamed, one more material and a time limit instead of on the spot
                item(11, 2, "000211001000", "单位新参保登记", List.of(Material.named("登记表"), Material.named("营业执照")),
                        TimeLimit.days(2), List.of("申请", "受理", "办结")),
                // same main item and name, another code
                item(12, 2, "000211002999", "个人参保登记", List.of(Material.named("身份证")), TimeLimit.days(5),
                        List.of("申请", "办结")),
                // a generated code equal to the province's never pairs: generated codes are local
                item(13, 2, "YB01-003", "本地特色事项", List.of(), null, List.of()));
        ListComparison c = ListComparer.compare(new ListComparer.Side(20, COUNTY_MAINS, county),
                new ListComparer.Side(10, PROVINCE_MAINS, province));
        assertEquals(2, c.paired());
        assertEquals(List.of("参保终止"), c.missing().stream().map(ListComparison.ItemRef::subName).toList());
        assertEquals(List.of("本地特色事项"), c.extra().stream().map(ListComparison.ItemRef::subName).toList());
        assertEquals(2, c.different().size());
        ListComparison.ItemDifference first = c.different().get(0);
        assertEquals("单位参保登记", first.item().subName());
        assertEquals(List.of("名称", "办理材料", "办理时限"),
                first.elements().stream().map(ListComparison.ElementDifference::element).toList());
        assertEquals("即时办结", first.elements().get(2).standardValue());
        assertEquals("2个工作日", first.elements().get(2).localValue());
        assertEquals(List.of("编码"),
                c.different().get(1).elements().stream().map(ListComparison.ElementDifference::element).toList());
    }

    @Test
    void identicalListsHaveNoDifferences() {
        List<SubItem> items = List.of(item(1, 1, "A", "甲", List.of(), TimeLimit.days(1), List.of("申请")));
        ListComparison c = ListComparer.compare(new ListComparer.Side(20, PROVINCE_MAINS, items),
                new ListComparer.Side(10, PROVINCE_MAINS, items));
        assertEquals(1, c.paired());
        assertTrue(c.missing().isEmpty() && c.extra().isEmpty() && c.different().isEmpty());
    }

    @Test
    void fourMostFiguresCountMaterialsTimeAndSteps() {
        Material shared = new Material("户口簿", "原件", 1, true, null, null);
        Material cancelled = new Material("证明", "原件", 1, false, "川医保发〔2019〕31号", LocalDate.of(2019, 10, 18));
        ListMetrics m = MetricsCalculator.of(7, List.of(
                item(1, 1, "A", "甲", List.of(Material.named("表"), shared, cancelled), TimeLimit.ON_THE_SPOT,
                        List.of("申请", "办结")),
                item(2, 1, "B", "乙", List.of(Material.named("表"), Material.named("证")), TimeLimit.days(10),
                        List.of("申请", "受理", "审核", "办结")),
                item(3, 1, "C", "丙", List.of(), null, List.of())));
        assertEquals(3, m.items());
        assertEquals(3, m.materials(), "cancelled and shared materials are not counted as brought");
        assertEquals(1, m.sharedDataMaterials());
        assertEquals(1.0, m.averageMaterials());
        assertEquals(5.0, m.averageTimeLimitDays(), "(0 + 10) / 2 items with a limit");
        assertEquals(1, m.itemsWithoutTimeLimit());
        assertEquals(2.0, m.averageSteps());
        assertEquals(1, m.onTheSpot());
        assertEquals(0.33, m.onTheSpotShare());
        assertNull(m.perItem().get(2).timeLimitDays());
        assertEquals(0, m.perItem().get(0).timeLimitDays());
    }
}
