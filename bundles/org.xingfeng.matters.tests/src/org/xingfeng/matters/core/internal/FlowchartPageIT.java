package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.xingfeng.matters.api.EnglishTexts;
import org.xingfeng.matters.api.HandlingChannel;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.ListSheetService;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Chromium;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The guide page's flowchart in headless Chromium, on a phone and on a hall's screen, in English and in Chinese, for
 * an item with a long step, a long place and a long time limit: every text of the drawing lies inside its box (a
 * step) or inside the drawing (the place and the time limit), as the browser measures it, so nothing is cut.
 */
class FlowchartPageIT {

    static final String LONG_STEP = "申请人持身份证、出院小结及医疗费用发票原件到县医保服务大厅任一窗口提交申请，窗口人员当场核对材料并出具受理通知书";
    static final String LONG_STEP_EN = "Submit the application form together with the identity card, the hospital's "
            + "discharge summary and the original invoices at any window of the Medical Insurance Service Hall "
            + "(WWW.MMM) immediately";
    static final String PLACE = "开阳县政务服务中心二楼医疗保障服务大厅综合受理窗口（3号至6号窗口），节假日在一楼自助服务区";
    static final String CSV = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n"
            + "1,医疗救助资金给付,公共服务,医疗救助,C,,,10个工作日,申请—审核—办结,\n";
    static final Actor ADMIN = new Actor(0, "flowchart.page", Set.of("admin"), Reach.EVERYWHERE);

    /**
     * For each text of the page's flowchart: outside its box or the drawing? (as the browser lays it out, in CSS
     * pixels). Steps' texts belong to the box they sit in, the grey captions to the drawing.
     */
    static final String CHECK = """
            (() => {
              const svg = document.querySelector('svg.flowchart');
              if (!svg) return {texts: 0, boxes: 0, bad: ['no flowchart'], width: 0};
              const s = svg.getBoundingClientRect();
              const rects = [...svg.querySelectorAll('rect')].map(r => r.getBoundingClientRect());
              const bad = [];
              const texts = [...svg.querySelectorAll('text')];
              for (const t of texts) {
                const b = t.getBoundingClientRect();
                const mid = (b.top + b.bottom) / 2;
                const outer = t.hasAttribute('fill') ? s : rects.find(r => mid > r.top && mid < r.bottom);
                if (!outer || b.left < outer.left || b.right > outer.right || b.top < outer.top
                    || b.bottom > outer.bottom) {
                  bad.push(t.textContent + ' ' + JSON.stringify(b) + ' in ' + JSON.stringify(outer));
                }
              }
              return {texts: texts.length, boxes: rects.length, bad, width: s.width, page: innerWidth};
            })()""";

    static Chromium chromium;
    static Path shots;
    static long id;

    @BeforeAll
    static void setUp() throws Exception {
        Assumptions.assumeTrue(Chromium.available(), "Debian's chromium is not installed");
        Api.awaitReady();
        long unit = Fixtures.createCounty(Api.admin()).path("id").asLong();
        BundleContext c = FrameworkUtil.getBundle(FlowchartPageIT.class).getBundleContext();
        MatterItemService items = c.getService(c.getServiceReference(MatterItemService.class));
        ListSheetService sheets = c.getService(c.getServiceReference(ListSheetService.class));
        assertTrue(sheets.importList(ADMIN, unit, new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)),
                ListSheetService.Format.CSV, false).ok());
        MainItem main = items.mainItems(ADMIN, unit).get(0);
        SubItem item = items.createSubItem(ADMIN, new SubItemDraft(main.id(), "医疗救助费用报销", null, null,
                EnumSet.of(HandlingLevel.C), null,
                List.of(new Material("《救助申请表》", "原件", 1, false, null, null, "Application form")), null,
                TimeLimit.range(5, 20), List.of("申请", LONG_STEP, "审核", "办结"), PLACE, null, null, null, null,
                EnumSet.of(HandlingChannel.WINDOW), null,
                new EnglishTexts("Medical assistance claims", null, null,
                        List.of("Apply", LONG_STEP_EN, "Review", "Decision"))));
        id = item.id();
        shots = Files.createDirectories(Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots")));
        int http = Integer.getInteger("org.osgi.service.http.port", 18481);
        chromium = new Chromium(Integer.getInteger("xingfeng.test.chromium.port", http + 43));
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Opens the guide in {@code lang} at the given width, checks the drawing, keeps a screenshot of it. */
    static JsonNode check(String lang, int width, int height, boolean mobile, String shot) throws Exception {
        Chromium.Tab tab = chromium.tab(width, height, mobile);
        tab.open(Api.base() + "/guide/matters/" + id + "?lang=" + lang);
        tab.eval("document.fonts.ready.then(() => true)");
        JsonNode r = tab.eval(CHECK);
        tab.eval("document.querySelector('svg.flowchart').scrollIntoView()");
        tab.screenshot(shots.resolve(shot), false);
        assertEquals(4, r.path("boxes").asInt(), r.toString());
        assertEquals(0, r.path("bad").size(),
                "every text inside its box or the drawing at " + width + " px, " + lang + ": " + r.path("bad"));
        assertTrue(r.path("width").asDouble() <= r.path("page").asDouble(), "the drawing fits the screen: " + r);
        return r;
    }

    @Test
    void theEnglishFlowchartIsWholeOnAPhoneAndOnAHallScreen() throws Exception {
        JsonNode phone = check("en", 360, 740, true, "matters-flowchart-en-phone.png");
        JsonNode hall = check("en", 1920, 1080, false, "matters-flowchart-en-hall.png");
        assertTrue(phone.path("texts").asInt() >= 4 + 3 + 2, "the long step in several lines: " + phone);
        assertEquals(phone.path("texts").asInt(), hall.path("texts").asInt(), "the same drawing, scaled");
        Chromium.Tab tab = chromium.tab(360, 740, true);
        tab.open(Api.base() + "/guide/matters/" + id + "?lang=en");
        String drawn = String.join(" ", tab.texts("svg.flowchart text"));
        assertTrue(drawn.replace(" ", "").contains(LONG_STEP_EN.replace(" ", "")), "nothing cut: " + drawn);
        assertTrue(drawn.contains("5 to 20 working days"), drawn);
        assertTrue(!drawn.contains("…"), "no ellipsis: " + drawn);
    }

    @Test
    void theChineseFlowchartIsWholeOnAPhoneAndOnAHallScreen() throws Exception {
        check("zh", 360, 740, true, "matters-flowchart-zh-phone.png");
        check("zh", 1920, 1080, false, "matters-flowchart-zh-hall.png");
        Chromium.Tab tab = chromium.tab(1920, 1080, false);
        tab.open(Api.base() + "/guide/matters/" + id + "?lang=zh");
        String drawn = String.join("", tab.texts("svg.flowchart text")).replace(" ", "");
        assertTrue(drawn.contains("2." + LONG_STEP) && drawn.contains("办理地点：" + PLACE), "nothing cut: " + drawn);
    }
}
