package org.xingfeng.matters.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.matters.api.EnglishTexts;
import org.xingfeng.matters.api.FlowchartLayout;
import org.xingfeng.matters.api.HandlingChannel;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.ListSheetService;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.ui.print.PrintPreview;
import org.xingfeng.platform.ui.testing.ViewTestSupport;

/**
 * The client's print view of a guide under Xvfb on the real services: the flowchart drawn as on the guide page, every
 * step's text kept whole however long, and the guide in the client's language (English texts where the item has
 * them, Chinese with the page's note where not).
 */
class GuidePrintIT extends ViewTestSupport {

    static final String LONG_STEP = "申请人持身份证、出院小结及医疗费用发票原件到县医保服务大厅任一窗口提交申请，窗口人员当场核对材料并出具受理通知书";
    static final String LONG_STEP_EN = "Submit the application form together with the identity card, the hospital's "
            + "discharge summary and the original invoices at any window of the medical insurance service hall";
    static final String CSV = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n"
            + "1,医疗救助资金给付,公共服务,医疗救助,C,《社会救助暂行办法》,《救助申请表》,10个工作日,申请—审核—办结,\n";

    static MatterItemService items;
    static OrgUnit county;
    static SubItem translated;
    static SubItem noSteps;

    @BeforeAll
    static void data() throws Exception {
        items = service(MatterItemService.class);
        OrgService org = service(OrgService.class);
        OrgUnit province = org.createUnit(admin, new OrgUnitDraft(null, "GP52", "贵州省医疗保障局", OrgLevel.PROVINCE));
        OrgUnit city = org.createUnit(admin, new OrgUnitDraft(province.id(), "GP5201", "贵阳市医疗保障局", OrgLevel.CITY));
        county = org.createUnit(admin, new OrgUnitDraft(city.id(), "GP520121", "开阳县医疗保障局", OrgLevel.COUNTY));
        assertTrue(service(ListSheetService.class).importList(admin, county.id(),
                new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), ListSheetService.Format.CSV, false)
                .ok());
        MainItem main = items.mainItems(admin, county.id()).get(0);
        translated = items.createSubItem(admin, new SubItemDraft(main.id(), "医疗救助费用报销", null, null,
                EnumSet.of(HandlingLevel.C), "《社会救助暂行办法》",
                List.of(new Material("《救助申请表》", "原件", 1, false, null, null, "Application form"),
                        new Material("居民身份证", "复印件", 1, false, null, null, null)),
                "低保对象", TimeLimit.days(10), List.of("申请", LONG_STEP, "审核", "办结"),
                "开阳县政务服务中心二楼医疗保障服务大厅综合受理窗口（3号至6号窗口）", null, null, null, null,
                EnumSet.of(HandlingChannel.WINDOW), null,
                new EnglishTexts("Medical assistance claims", null, null,
                        List.of("Apply", LONG_STEP_EN, "Review", "Decision"))));
        noSteps = items.createSubItem(admin, new SubItemDraft(main.id(), "医疗救助对象认定", null, null,
                EnumSet.of(HandlingLevel.C), null, List.of(), null, TimeLimit.days(5), List.of(), null, null, null,
                null, null));
    }

    GuidePrinter print(SubItem item, Locale locale) throws Exception {
        MattersListView view = (MattersListView) contribution("matters.list").create(open(admin, locale), site);
        view.selectUnit(county.id());
        view.table().select(view.table().rows().stream().filter(r -> r.item().id() == item.id()).findFirst()
                .orElseThrow());
        GuidePrinter printer = view.showGuide();
        assertNotNull(printer);
        return printer;
    }

    /** Each box's lines, top to bottom, as the drawing shows them. */
    static List<List<String>> boxTexts(FlowchartLayout f) {
        return f.boxes().stream().map(b -> f.labels().stream()
                .filter(l -> !l.caption() && l.y() >= b.y() && l.y() < b.y() + b.height()).map(l -> l.text())
                .toList()).toList();
    }

    /** The flowchart's page as the preview draws it, saved for a person to look at; the boxes' red pixels counted. */
    static int redPixels(GuidePrinter printer, String name) throws Exception {
        printer.showPage(printer.flowchartPage());
        Image page = printer.snapshot();
        try {
            Path dir = Files
                    .createDirectories(Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots")));
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { page.getImageData() };
            loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
            ImageData data = page.getImageData();
            int n = 0;
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    if (rgb.red > 100 && rgb.red < 180 && rgb.green < 60 && rgb.blue < 60) {
                        n++;
                    }
                }
            }
            return n;
        } finally {
            page.dispose();
        }
    }

    @Test
    void theEnglishPrintViewShowsTheEnglishTextsAndTheFlowchartWithNothingCut() throws Exception {
        GuidePrinter printer = print(translated, Locale.ENGLISH);
        List<String> lines = printer.lines();
        assertEquals("Medical assistance claims: service guide", lines.get(0));
        assertTrue(lines.contains("Not yet available in English, shown in Chinese: Legal basis, Conditions of "
                + "acceptance, Materials"), "the page's note on what is left in Chinese: " + lines);
        assertTrue(lines.contains("Steps") && lines.contains("Flowchart")
                && lines.contains("One-time notice: please bring these materials"), lines.toString());
        assertTrue(lines.contains("1. Application form (Original, copies: 1)"), lines.toString());
        assertTrue(lines.contains("2. 居民身份证 (Copy, copies: 1)"), "no English name: the Chinese one " + lines);
        assertFalse(lines.stream().anyMatch(l -> l.contains("办理流程") || l.contains("一次性告知单")),
                "no Chinese headings: " + lines);

        FlowchartLayout f = printer.flowchart();
        assertNotNull(f);
        List<List<String>> boxes = boxTexts(f);
        assertEquals(4, boxes.size());
        assertEquals(List.of("1. Apply"), boxes.get(0));
        assertTrue(boxes.get(1).size() >= 3, "the long step wrapped: " + boxes.get(1));
        assertEquals(("2. " + LONG_STEP_EN).replace(" ", ""), String.join("", boxes.get(1)).replace(" ", ""),
                "every word of the long step kept");
        assertTrue(f.labels().stream().anyMatch(l -> l.caption() && l.text().startsWith("Where to apply: ")));
        assertTrue(f.labels().stream().anyMatch(l -> l.caption() && l.text().startsWith("Time limit: 10")));
        assertTrue(f.width() / GuidePages.UNITS_PER_POINT <= PrintPreview.A4_WIDTH - 2 * GuidePrinter.MARGIN,
                "the drawing fits the page's width: " + f.width());
        assertTrue(redPixels(printer, "matters-guide-flowchart-en.png") > 1000, "the boxes and arrows are drawn");
        printer.shell().close();
        assertNoErrors(site);
    }

    @Test
    void theChinesePrintViewWrapsALongChineseStepAndItsPlace() throws Exception {
        GuidePrinter printer = print(translated, Locale.SIMPLIFIED_CHINESE);
        List<String> lines = printer.lines();
        assertEquals("医疗救助费用报销 办事指南", lines.get(0));
        assertTrue(lines.contains("办理流程") && lines.contains("业务流程图"), lines.toString());
        assertTrue(lines.contains("1. 《救助申请表》（原件 1 份）"), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("Not yet available")), "no note in Chinese");
        List<List<String>> boxes = boxTexts(printer.flowchart());
        assertEquals(List.of("1. 申请"), boxes.get(0));
        assertTrue(boxes.get(1).size() >= 2, "the long step wrapped: " + boxes.get(1));
        assertEquals("2." + LONG_STEP, String.join("", boxes.get(1)).replace(" ", ""), "nothing cut");
        List<String> captions = printer.flowchart().labels().stream().filter(FlowchartLayout.Label::caption)
                .map(FlowchartLayout.Label::text).toList();
        assertEquals("办理地点：开阳县政务服务中心二楼医疗保障服务大厅综合受理窗口（3号至6号窗口）办理时限：10个工作日",
                String.join("", captions), "the place and the time limit whole: " + captions);
        assertTrue(redPixels(printer, "matters-guide-flowchart-zh.png") > 1000, "the boxes and arrows are drawn");
        printer.shell().close();
        assertNoErrors(site);
    }

    @Test
    void anItemWithoutStepsPrintsNoFlowchart() throws Exception {
        GuidePrinter printer = print(noSteps, Locale.ENGLISH);
        assertNull(printer.flowchart());
        assertEquals(-1, printer.flowchartPage());
        List<String> lines = printer.lines();
        assertTrue(lines.contains("Steps") && lines.contains("—"), lines.toString());
        assertFalse(lines.contains("Flowchart"), "no heading without a drawing: " + lines);
        assertTrue(lines.contains("No paper materials are needed."), lines.toString());
        printer.shell().close();
        assertNoErrors(site);
    }
}
