package org.xingfeng.windows.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.standard.InventoryLine;
import org.xingfeng.windows.api.standard.StandardService;

/** 大厅标准化: a new hall misses the whole standard; a count makes an item complete; an inspection keeps what is missing. */
class StandardViewIT extends ViewTestSupport {

    static HallService halls;
    static StandardService standard;
    static BureauTime time;
    static WinFixture f;

    @BeforeAll
    static void data() throws Exception {
        halls = service(HallService.class);
        standard = service(StandardService.class);
        time = service(BureauTime.class);
        f = WinFixture.create(service(OrgService.class), halls, service(WindowService.class), admin,
                WinFixture.tag("WS"));
    }

    @Test
    void theInventoryIsCountedAndAnInspectionRecorded() throws Exception {
        StandardView view = new StandardView(open(), site, halls, standard, time);
        view.selectHall(f.hall.id());
        int items = standard.items(admin).size();
        assertTrue(items >= 10, "seed 001's list is the default standard: " + items);
        assertEquals(items, view.lines().rows().size());
        assertFalse(view.inventory().complete());
        assertEquals("缺少 " + items + " 项配置", view.verdict().getText());
        InventoryLine first = view.lines().rows().get(0);
        withDialog(FormDialog.class, d -> {
            d.setText("present", "很多");
            d.submit();
            assertTrue(d.error("present").startsWith("应为整数"), d.error("present"));
            d.setText("present", String.valueOf(first.required()));
            d.submit();
        }, () -> view.countDialog(first));
        assertEquals(items - 1, view.inventory().missingCodes().size());
        assertFalse(view.inventory().missingCodes().contains(first.itemCode()));

        withDialog(FormDialog.class, d -> {
            d.setText("findings", "饮水机、老花镜缺失，限期补齐");
            d.submit();
        }, view::inspectDialog);
        assertEquals(1, view.inspections().rows().size());
        assertEquals(items - 1, view.inspections().rows().get(0).missingCodes().size());
        assertEquals("否", shown(view.inspections()).get(0).get(2));
        screenshot("windows-standard");
        assertExportMatches(view.lines());
        assertNoErrors(site);
    }
}
