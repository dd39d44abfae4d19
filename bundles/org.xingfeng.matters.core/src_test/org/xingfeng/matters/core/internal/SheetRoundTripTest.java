package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.EnglishTexts;
import org.xingfeng.matters.api.HandlingChannel;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MatterCategory;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.platform.api.spreadsheet.Csv;
import org.xingfeng.platform.api.spreadsheet.RowError;

/** The export's rows read back by the import: every element of every item, and a file changing only its columns. */
class SheetRoundTripTest {

    static final MainItem MAIN = new MainItem(1, 7, "YB01", "门诊慢特病 待遇认定", MatterCategory.CONFIRMATION);

    static final List<Material> MATERIALS = List.of(
            new Material("《门诊慢特病申请表》", "原件", 1, false, null, null),
            new Material("居民身份证", "复印件", 2, false, null, null, "Resident identity card"),
            new Material("户口簿", "原件及复印件", 1, true, null, null),
            new Material("二级以上医院诊断证明（近6个月）", null, 0, false, null, null),
            new Material("社区居住证明", "原件", 1, false, "《国务院办公厅关于做好证明事项清理工作的通知》（国办发〔2018〕47号）",
                    LocalDate.of(2019, 10, 25)),
            new Material("参保缴费凭证", "电子件", 3, true, "本局减证便民决定 第2号", LocalDate.of(2020, 6, 30),
                    "Proof of contributions"));

    static SubItem item() {
        return new SubItem(11, 1, 7, "000211003000", "510703-000211003000-X", "门诊慢特病 认定, 复核",
                EnumSet.of(HandlingLevel.A, HandlingLevel.C), "《社会保险法》第二十八条\n《省门诊慢特病管理办法》", MATERIALS,
                "1. 参保人员；\n2. 患有规定病种，且  经认定的", TimeLimit.range(5, 10).withLegal(20),
                List.of("申请", "受理，初审", "专家评审", "办结"),
                "县医保服务大厅 3 号窗口", "0816-1234567", "12345 热线", "不收费", "=请本人办理，\n可委托",
                EnumSet.of(HandlingChannel.WINDOW, HandlingChannel.STATION, HandlingChannel.PHONE),
                "材料齐全当场受理；\n10个工作日内办结",
                new EnglishTexts("Chronic and special outpatient diseases: recognition, review",
                        "Social Insurance Law, article 28\nProvincial measures",
                        "1. Insured persons;\n2. with a listed disease",
                        List.of("Apply", "Accept, first review", "Expert review", "Done")));
    }

    /** The export's rows as a file gives them back: header first, every value a text, nothing null. */
    static List<List<String>> asFile(List<SubItem> items) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(MattersSheet.COLUMNS);
        int n = 1;
        for (SubItem s : items) {
            cells.add(MattersSheet.row(n++, MAIN, s).stream().map(v -> v == null ? "" : v.toString().strip()).toList());
        }
        return cells;
    }

    static void assertSame(SubItem s, MattersSheet.Row row) {
        assertEquals(MAIN.name(), row.mainName());
        assertEquals(MAIN.category(), row.category());
        assertEquals(s.name(), row.subName());
        assertEquals(s.basicCode(), row.basicCode());
        assertEquals(s.implementationCode(), row.implementationCode());
        assertEquals(s.levels(), row.levels());
        assertEquals(s.legalBasis(), row.legalBasis());
        assertEquals(s.materials(), row.materials());
        assertEquals(!s.materials().isEmpty(), row.materialDetails());
        assertEquals(s.conditions(), row.conditions());
        assertEquals(s.timeLimit(), row.timeLimit());
        assertEquals(s.steps(), row.steps());
        assertEquals(s.place(), row.place());
        assertEquals(s.consultation(), row.consultation());
        assertEquals(s.complaint(), row.complaint());
        assertEquals(s.fees(), row.fees());
        assertEquals(s.remarks(), row.remarks());
        assertEquals(s.channels(), row.channels());
        assertEquals(s.serviceStandard(), row.serviceStandard());
        assertEquals(s.english(), row.english());
        assertTrue(MattersSheet.COLUMNS.stream().allMatch(row::carries));
    }

    @Test
    void everyElementOfAnExportedItemReadsBackAsItWas() {
        SubItem bare = new SubItem(12, 1, 7, "YB01-002", "510703-YB01-002", "门诊慢特病 变更", Set.of(), null, List.of(),
                null, null, List.of(), null, null, null, null, null);
        SubItem promised = new SubItem(13, 1, 7, "YB01-003", "510703-YB01-003", "门诊慢特病 注销", Set.of(), null,
                List.of(), null, TimeLimit.days(3).withLegal(15), List.of(), null, null, null, null, null);
        SubItem spot = new SubItem(14, 1, 7, "YB01-004", "510703-YB01-004", "门诊慢特病 查询", Set.of(), null, List.of(),
                null, TimeLimit.ON_THE_SPOT.withLegal(5), List.of(), null, null, null, null, null);
        MattersSheet.Result result = MattersSheet.read(asFile(List.of(item(), bare, promised, spot)));
        assertEquals(List.of(), result.errors());
        assertSame(item(), result.rows().get(0));
        assertSame(bare, result.rows().get(1));
        assertSame(promised, result.rows().get(2));
        assertSame(spot, result.rows().get(3));
    }

    @Test
    void throughCsvToo() {
        StringBuilder csv = new StringBuilder();
        asFile(List.of(item())).forEach(r -> csv.append(Csv.line(r)));
        MattersSheet.Result result = MattersSheet.read(Csv.parse(csv.toString()));
        assertEquals(List.of(), result.errors());
        assertSame(item(), result.rows().get(0));
    }

    @Test
    void materialDetailsAreOneLineEachWithTheirFields() {
        String details = MattersSheet.details(MATERIALS);
        assertEquals(List.of("《门诊慢特病申请表》｜原件｜1份", "居民身份证｜复印件｜2份｜｜｜｜Resident identity card",
                "户口簿｜原件及复印件｜1份｜数据共享",
                "二级以上医院诊断证明（近6个月）｜｜0份",
                "社区居住证明｜原件｜1份｜｜《国务院办公厅关于做好证明事项清理工作的通知》（国办发〔2018〕47号）｜2019-10-25",
                "参保缴费凭证｜电子件｜3份｜数据共享｜本局减证便民决定 第2号｜2020-06-30｜Proof of contributions"),
                List.of(details.split("\n")));
        assertEquals(MATERIALS, MattersSheet.details(details));
        assertEquals(List.of(Material.named("身份证"), new Material("户口簿", "复印件", 2, true, null, null)),
                MattersSheet.details("身份证\n\n户口簿｜复印件｜2｜是"), "fields left off are the defaults");
    }

    @Test
    void badMaterialDetailsNameTheColumnAndTheLine() {
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("序号", "主项名称", "主项类别", "子项名称", "办理材料明细", "办理材料详情"));
        cells.add(List.of("1", "主项", "给付", "子项一", "", "申请表｜传真｜1份"));
        cells.add(List.of("2", "", "", "子项二", "", "申请表｜原件｜一份"));
        cells.add(List.of("3", "", "", "子项三", "", "申请表\n身份证｜原件｜1份｜共享"));
        cells.add(List.of("4", "", "", "子项四", "", "申请表｜原件｜1份｜｜依据"));
        cells.add(List.of("5", "", "", "子项五", "", "申请表｜原件｜1份｜｜依据｜2019年10月"));
        cells.add(List.of("6", "", "", "子项六", "", "｜原件"));
        cells.add(List.of("7", "", "", "子项七", "", "申请表｜原件｜1份｜｜依据｜2019-10-25"));
        MattersSheet.Result result = MattersSheet.read(cells);
        List<RowError> errors = result.errors();
        assertEquals(List.of(2, 3, 4, 5, 6, 7), errors.stream().map(RowError::row).toList(), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.column().equals("办理材料详情")));
        assertTrue(errors.get(0).message().contains("传真"), errors.get(0).message());
        assertTrue(errors.get(2).message().startsWith("办理材料详情第2行"), errors.get(2).message());
        assertEquals(1, result.rows().size());
        assertTrue(result.rows().get(0).materials().get(0).cancelled());
    }

    @Test
    void namesChangedInTheNamesColumnWinAndKeepTheDetailsOfTheNamesLeft() {
        List<Material> details = MattersSheet.details(MattersSheet.details(MATERIALS));
        List<Material> read = MattersSheet.materialsOf("居民身份证；户口簿；新增的承诺书", details, true, true);
        assertEquals(List.of(MATERIALS.get(1), MATERIALS.get(2), Material.named("新增的承诺书")), read);
        assertEquals(MATERIALS, MattersSheet.materialsOf("", details, false, true), "without the names column");
    }

    @Test
    void aFileInTheTenColumnLayoutCarriesOnlyItsColumns() {
        List<List<String>> cells = List.of(
                List.of("序号", "主项名称", "主项类别", "子项名称", "办理层级", "设定依据", "办理材料明细", "办理时限", "办事流程", "备注"),
                List.of("1", "门诊慢特病 待遇认定", "确定", "门诊慢特病 认定, 复核", "AC", "", "居民身份证；户口簿；承诺书", "5个工作日",
                        "申请-审核-办结", ""));
        MattersSheet.Row row = MattersSheet.read(cells).rows().get(0);
        assertEquals("门诊慢特病 待遇认定", row.mainName(), "a file's names as written (a printed table's are cleaned)");
        assertTrue(row.carries("办理时限") && row.carriesMaterials() && row.carries("备注"));
        assertFalse(row.carries("办理地点") || row.carries("受理条件") || row.carries("咨询方式") || row.carries("投诉方式")
                || row.carries("收费标准") || row.carries("实施编码"));
        assertFalse(row.materialDetails());

        SubItemMapper mapper = new SubItemMapper(Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC));
        SubItemEntity e = entity(mapper);
        mapper.apply(row, e);
        SubItem after = mapper.toRecord(e);
        SubItem before = item();
        assertEquals(before.place(), after.place());
        assertEquals(before.conditions(), after.conditions());
        assertEquals(before.consultation(), after.consultation());
        assertEquals(before.complaint(), after.complaint());
        assertEquals(before.fees(), after.fees());
        assertEquals(before.channels(), after.channels());
        assertEquals(before.serviceStandard(), after.serviceStandard());
        assertEquals(before.english(), after.english(), "no English columns: the English texts kept");
        assertEquals(TimeLimit.days(5).withLegal(20), after.timeLimit(),
                "the promise from the file, the legal limit kept: the file has no column for it");
        assertEquals(List.of("申请", "审核", "办结"), after.steps());
        assertNull(after.legalBasis(), "a blank cell of a column the file has is blank");
        assertNull(after.remarks());
        assertEquals(List.of(MATERIALS.get(1), MATERIALS.get(2), Material.named("承诺书")), after.materials(),
                "names the item had keep their form, copies, sharing and cancellation");
    }

    @Test
    void aNewItemFromAShortFileTakesTheDefaults() {
        List<List<String>> cells = List.of(List.of("序号", "主项名称", "主项类别", "子项名称"),
                List.of("1", "主项", "给付", "子项"));
        SubItemMapper mapper = new SubItemMapper(Clock.systemUTC());
        SubItemEntity e = new SubItemEntity();
        mapper.apply(MattersSheet.read(cells).rows().get(0), e);
        assertEquals(-1, e.timeLimitDays, "no time limit, not on the spot");
        assertEquals("", e.levels);
    }

    /** The stored item {@link #item()} as the database holds it. */
    static SubItemEntity entity(SubItemMapper mapper) {
        SubItem s = item();
        SubItemEntity e = new SubItemEntity();
        e.mainItemId = s.mainItemId();
        e.unitId = s.unitId();
        e.name = s.name();
        e.basicCode = s.basicCode();
        e.implementationCode = s.implementationCode();
        mapper.apply(SubItemMapper.row(new org.xingfeng.matters.api.SubItemDraft(s.mainItemId(), s.name(),
                s.basicCode(),
                s.implementationCode(), s.levels(), s.legalBasis(), s.materials(), s.conditions(), s.timeLimit(),
                s.steps(), s.place(), s.consultation(), s.complaint(), s.fees(), s.remarks(), s.channels(),
                s.serviceStandard(), s.english()), MAIN), e);
        e.id = s.id();
        assertEquals(s, mapper.toRecord(e), "the stored item");
        return e;
    }
}
