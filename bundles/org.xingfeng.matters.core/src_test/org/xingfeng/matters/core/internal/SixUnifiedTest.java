package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.HandlingChannel;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.ListComparison;
import org.xingfeng.matters.api.ListComparison.ElementDifference;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MatterCategory;
import org.xingfeng.matters.api.ServiceGuide;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.platform.api.spreadsheet.RowError;

/**
 * 六统一: the ways of handling (经办方式) and the service standard (服务标准) as elements, and a hand-made provincial list
 * that differs from a county's in each of the six elements of seeds 001 and 003.
 */
class SixUnifiedTest {

    static final MainItem PROVINCE_MAIN = new MainItem(1, 10, "YB01", "门诊慢特病待遇认定", MatterCategory.CONFIRMATION);
    static final MainItem COUNTY_MAIN = new MainItem(2, 20, "YB01", "门诊慢特病待遇认定", MatterCategory.CONFIRMATION);

    static SubItem item(long id, MainItem main, String code, String name, List<String> materials,
            Set<HandlingChannel> channels, List<String> steps, TimeLimit limit, String standard) {
        return new SubItem(id, main.id(), main.unitId(), code, "X-" + code, name,
                Set.of(HandlingLevel.B, HandlingLevel.C),
                "《社会保险法》", materials.stream().map(Material::named).toList(), "参保人员", limit, steps, "服务大厅",
                "12345", "12345", null, null, channels, standard);
    }

    static final Set<HandlingChannel> WINDOW_ONLINE = EnumSet.of(HandlingChannel.WINDOW, HandlingChannel.ONLINE);
    static final List<String> STEPS = List.of("申请", "受理", "审核", "办结");
    static final String STANDARD = "材料齐全当场受理，10个工作日内办结，结果短信告知";

    @Test
    void aProvincialListDifferingInEachOfTheSixElementsIsFoundElementByElement() {
        List<SubItem> province = List.of(
                item(1, PROVINCE_MAIN, "000211003000", "门诊慢特病认定", List.of("申请表", "诊断证明"), WINDOW_ONLINE, STEPS,
                        TimeLimit.days(10), STANDARD),
                item(2, PROVINCE_MAIN, "000211004000", "门诊慢特病待遇变更", List.of("申请表"), WINDOW_ONLINE, STEPS,
                        TimeLimit.days(5), STANDARD),
                item(3, PROVINCE_MAIN, "000211005000", "门诊慢特病复核", List.of("申请表"), WINDOW_ONLINE, STEPS,
                        TimeLimit.ON_THE_SPOT, STANDARD));
        List<SubItem> county = List.of(
                // the same national code: another name, one material more, the window only, one step more, a longer
                // time limit and a standard of its own
                item(11, COUNTY_MAIN, "000211003000", "门诊慢特病资格认定", List.of("申请表", "诊断证明", "居住证明"),
                        EnumSet.of(HandlingChannel.WINDOW), List.of("申请", "受理", "初审", "审核", "办结"), TimeLimit.days(20),
                        "20个工作日内办结"),
                // the same name, another code
                item(12, COUNTY_MAIN, "000211004999", "门诊慢特病待遇变更", List.of("申请表"), WINDOW_ONLINE, STEPS,
                        TimeLimit.days(5), STANDARD),
                // the same in every element
                item(13, COUNTY_MAIN, "000211005000", "门诊慢特病复核", List.of("申请表"), WINDOW_ONLINE, STEPS,
                        TimeLimit.ON_THE_SPOT, STANDARD));
        ListComparison c = ListComparer.compare(new ListComparer.Side(20, List.of(COUNTY_MAIN), county),
                new ListComparer.Side(10, List.of(PROVINCE_MAIN), province));
        assertEquals(3, c.paired());
        assertEquals(List.of(), c.missing());
        assertEquals(List.of(), c.extra());
        assertEquals(2, c.different().size(), c.toString());

        Map<String, ElementDifference> first = c.different().get(0).elements().stream()
                .collect(Collectors.toMap(ElementDifference::element, e -> e));
        assertEquals(List.of("名称", "办理材料", "经办方式", "办理时限", "办事流程", "服务标准"),
                c.different().get(0).elements().stream().map(ElementDifference::element).toList());
        assertEquals(new ElementDifference("名称", "门诊慢特病认定", "门诊慢特病资格认定"), first.get("名称"));
        assertEquals(new ElementDifference("办理材料", "申请表；诊断证明", "居住证明；申请表；诊断证明"), first.get("办理材料"));
        assertEquals(new ElementDifference("经办方式", "窗口办理、网上办理", "窗口办理"), first.get("经办方式"));
        assertEquals(new ElementDifference("办理时限", "10个工作日", "20个工作日"), first.get("办理时限"));
        assertEquals(new ElementDifference("办事流程", "申请—受理—审核—办结", "申请—受理—初审—审核—办结"), first.get("办事流程"));
        assertEquals(new ElementDifference("服务标准", STANDARD, "20个工作日内办结"), first.get("服务标准"));
        assertEquals(List.of(new ElementDifference("编码", "000211004000", "000211004999")),
                c.different().get(1).elements());

        // seed 003: 名称, 申办材料, 经办方式, 经办流程, 办理时限, 服务标准; seed 001 adds the code
        Set<String> found = c.different().stream().flatMap(d -> d.elements().stream())
                .map(ElementDifference::element).collect(Collectors.toSet());
        assertEquals(Set.of("名称", "编码", "办理材料", "经办方式", "办事流程", "办理时限", "服务标准"), found);
    }

    @Test
    void waysOfHandlingAreReadFromTheirNamesAndShortForms() {
        assertEquals(WINDOW_ONLINE, HandlingChannel.parseAll("窗口办理、网上办理"));
        assertEquals(EnumSet.allOf(HandlingChannel.class), HandlingChannel.parseAll("窗口, 线上；邮寄 / 基层站点办理，电话"));
        assertEquals(EnumSet.of(HandlingChannel.ONLINE, HandlingChannel.STATION), HandlingChannel.parseAll("网办 站点"));
        assertEquals(EnumSet.of(HandlingChannel.POST), HandlingChannel.parseAll("POST"));
        assertEquals(Set.of(), HandlingChannel.parseAll(" "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HandlingChannel.parseAll("窗口、传真"));
        assertTrue(e.getMessage().endsWith("传真"), e.getMessage());
        assertEquals("窗口办理、邮寄办理、电话办理",
                HandlingChannel.names(EnumSet.of(HandlingChannel.PHONE, HandlingChannel.WINDOW, HandlingChannel.POST)));
    }

    @Test
    void theGuideShowsTheWaysOfHandlingAndTheServiceStandard() {
        SubItem s = item(1, PROVINCE_MAIN, "000211003000", "门诊慢特病认定", List.of("申请表"), WINDOW_ONLINE, STEPS,
                TimeLimit.days(10), STANDARD);
        Map<String, String> zh = ServiceGuide.of(PROVINCE_MAIN, s).entries().stream()
                .collect(Collectors.toMap(ServiceGuide.Entry::label, ServiceGuide.Entry::value));
        assertEquals("窗口办理、网上办理", zh.get("经办方式"), zh.toString());
        assertEquals(STANDARD, zh.get("服务标准"));
        Map<String, String> en = ServiceGuide.of(PROVINCE_MAIN, s, Locale.ENGLISH).entries().stream()
                .collect(Collectors.toMap(ServiceGuide.Entry::label, ServiceGuide.Entry::value));
        assertTrue(en.get("Ways of handling").contains("at a window") && en.get("Ways of handling").contains("online"),
                en.toString());
        assertEquals(STANDARD, en.get("Service standard"));
        SubItem none = item(2, PROVINCE_MAIN, "000211004000", "门诊慢特病待遇变更", List.of(), Set.of(), List.of(), null, null);
        Map<String, String> blank = ServiceGuide.of(PROVINCE_MAIN, none).entries().stream()
                .collect(Collectors.toMap(ServiceGuide.Entry::label, ServiceGuide.Entry::value));
        assertEquals(ServiceGuide.NONE, blank.get("经办方式"));
        assertEquals(ServiceGuide.NONE, blank.get("服务标准"));
    }

    @Test
    void theColumnsAfterTheAttachmentLayoutAreReadAndABadWayOfHandlingNamed() {
        List<List<String>> cells = List.of(
                List.of("序号", "主项名称", "主项类别", "子项名称", "经办方式", "服务标准"),
                List.of("1", "门诊慢特病待遇认定", "确定", "门诊慢特病认定", "窗口、网上", STANDARD),
                List.of("2", "", "", "门诊慢特病复核", "窗口、传真", ""));
        MattersSheet.Result result = MattersSheet.read(cells);
        assertEquals(WINDOW_ONLINE, result.rows().get(0).channels());
        assertEquals(STANDARD, result.rows().get(0).serviceStandard());
        assertTrue(result.rows().get(0).carries("经办方式") && result.rows().get(0).carries("服务标准"));
        List<RowError> errors = result.errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(3, errors.get(0).row());
        assertEquals("经办方式", errors.get(0).column());
        assertEquals(List.of("经办方式", "服务标准", "法定时限", "英文名称", "英文设定依据", "英文受理条件", "英文办事流程"),
                MattersSheet.COLUMNS.subList(MattersSheet.COLUMNS.size() - 7, MattersSheet.COLUMNS.size()),
                "the new columns come after the attachment-1 layout and the suite's other columns");
    }
}
