package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.spreadsheet.Csv;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.MatterCategory;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.matters.testing.SeedList;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.spreadsheet.RowError;

class MattersSheetTest {

    @Test
    void theSeedListHas46SubItemsUnder13MainItems() {
        MattersSheet.Result result = MattersSheet.read(SeedList.rows());
        assertEquals(List.of(), result.errors());
        assertEquals(46, result.rows().size());
        Set<String> mains = result.rows().stream().map(MattersSheet.Row::mainName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(13, mains.size(), mains.toString());
        assertTrue(mains.contains("基本医疗保险参保登记"), "wrapped names are joined: " + mains);
        assertTrue(mains.contains("药品目录、诊疗项目和医疗服务设施目录管理"), mains.toString());
        assertTrue(result.rows().stream().allMatch(r -> r.category() == MatterCategory.PUBLIC_SERVICE));
    }

    @Test
    void blankMainCellsInheritAndAMainItemNamedAgainAfterAPageBreakIsTheSame() {
        Map<String, MattersSheet.Row> bySub = MattersSheet.read(SeedList.rows()).rows().stream()
                .collect(Collectors.toMap(MattersSheet.Row::subName, Function.identity()));
        assertEquals("医疗保险缴费基数申报", bySub.get("个人缴费基数申报").mainName());
        assertEquals("医药机构申报定点协议管理", bySub.get("医疗机构申请定点备案").mainName());
        assertEquals("医药机构申报定点协议管理", bySub.get("定点医药机构信息查询").mainName());
        assertEquals("医药机构申报定点协议管理", bySub.get("暂停服务协议管理的定点医药机构申请恢复定点服务协议管理").mainName());
        assertEquals("生育保险待遇核准支付", bySub.get("参保职工未就业配偶应享受生育医疗费用申报").mainName());
        assertEquals("医疗救助资金给付", bySub.get("医疗救助").mainName());
    }

    @Test
    void theFilledInRowKeepsEveryElement() {
        MattersSheet.Row row = MattersSheet.read(SeedList.rows()).rows().stream()
                .filter(r -> r.subName().equals("单位参保信息变更申报")).findFirst().orElseThrow();
        assertEquals(EnumSet.allOf(HandlingLevel.class), row.levels());
        assertTrue(row.legalBasis().contains("中华人民共和国社会保险法"), row.legalBasis());
        assertEquals(1, row.materials().size());
        assertEquals("《医疗保险变更登记表》", row.materials().get(0).name());
        assertEquals(TimeLimit.ON_THE_SPOT, row.timeLimit());
        assertEquals(List.of("申请", "受理", "审核", "办结", "送达"), row.steps());
        assertEquals("填报参照示例", row.remarks());
    }

    @Test
    void csvReadsLikeTheSpreadsheet() {
        List<List<String>> fromCsv = Csv.parse(new String(SeedList.csv(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(MattersSheet.read(SeedList.rows()).rows(), MattersSheet.read(fromCsv).rows());
    }

    private static List<List<String>> sheet(String... rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("序号", "主项名称", "主项类别", "子项名称", "办理层级", "设定依据", "办理材料明细", "办理时限", "办事流程", "备注"));
        for (String r : rows) {
            cells.add(List.of(r.split("\\|", -1)));
        }
        return cells;
    }

    @Test
    void everyBadRowIsReportedWithItsRowAndColumn() {
        MattersSheet.Result result = MattersSheet.read(sheet(
                "1|||孤儿子项|||||",
                "2|主项甲|公共服务|子项一|AB||||",
                "3||未知类别|子项二|||||",
                "4|||子项三|D||||",
                "5|||子项四||||尽快|",
                "6|||子项一|||||",
                "7|主项乙||子项五|||||"));
        List<RowError> errors = result.errors();
        assertEquals(List.of(2, 4, 5, 6, 7, 8), errors.stream().map(RowError::row).toList(), errors.toString());
        assertEquals(List.of("主项名称", "主项类别", "办理层级", "办理时限", "子项名称", "主项类别"),
                errors.stream().map(RowError::column).toList());
        assertEquals(1, result.rows().size());
    }

    @Test
    void notesBelowTheTableAndEmptyRowsAreIgnored() {
        MattersSheet.Result result = MattersSheet.read(sheet("1|主项|给付|子项|C||《申请表》、《身份证》|5个工作日|申请-受理-办结|",
                "|||||||||", "注：1.各地可根据工作实际增加|||||||||"));
        assertEquals(List.of(), result.errors());
        MattersSheet.Row row = result.rows().get(0);
        assertEquals(MatterCategory.PAYMENT, row.category());
        assertEquals(TimeLimit.days(5), row.timeLimit());
        assertEquals(2, row.materials().size());
        assertEquals(3, row.steps().size());
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() {
        assertThrows(ValidationException.class,
                () -> MattersSheet.read(List.of(List.of("工号", "姓名"), List.of("1", "x"))));
    }

    @Test
    void timeLimitsAndLevels() {
        assertEquals(TimeLimit.ON_THE_SPOT, TimeLimit.parse("即时办结"));
        assertEquals(TimeLimit.days(15), TimeLimit.parse("15 个工作日"));
        assertNull(TimeLimit.parse(" "));
        assertThrows(IllegalArgumentException.class, () -> TimeLimit.parse("三天"));
        assertThrows(IllegalArgumentException.class, () -> TimeLimit.parse("0个工作日"));
        assertEquals(EnumSet.of(HandlingLevel.A, HandlingLevel.C), HandlingLevel.parseAll("A、C"));
        assertThrows(IllegalArgumentException.class, () -> HandlingLevel.parseAll("AX"));
    }

}
