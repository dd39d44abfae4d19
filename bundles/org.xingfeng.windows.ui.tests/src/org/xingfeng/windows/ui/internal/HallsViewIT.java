package org.xingfeng.windows.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallQuery;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.ServiceWindow;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.halls.WindowType;

/** 大厅与窗口: the fixture's hall and windows are listed; a hall and a window are made through the dialogs; a window closes. */
class HallsViewIT extends ViewTestSupport {

    static HallService halls;
    static WindowService windows;
    static OrgService org;
    static WinFixture f;

    @BeforeAll
    static void data() throws Exception {
        halls = service(HallService.class);
        windows = service(WindowService.class);
        org = service(OrgService.class);
        f = WinFixture.create(org, halls, windows, admin, WinFixture.tag("WH"));
    }

    @Test
    void hallsAndWindowsAreListedMadeAndClosed() throws Exception {
        HallsView view = new HallsView(open(), site, halls, windows, org);
        view.selectHall(f.hall.id());
        List<List<String>> rows = shown(view.hallTable());
        List<String> row = rows.stream().filter(r -> r.get(2).equals(f.hall.name())).findFirst().orElseThrow();
        assertEquals(f.county.name(), row.get(0));
        assertTrue(row.get(4).contains("咨询引导区"), row.get(4));
        assertEquals("09:00-12:00, 13:30-17:00", row.get(5));
        List<List<String>> ws = shown(view.windowTable());
        assertEquals(List.of("1", "综合窗口", "综合窗口", f.reimburse + "、" + f.enrol, "开放"), ws.get(0));
        assertEquals(List.of("2", "参保登记", "专窗", f.enrol, "开放"), ws.get(1));
        screenshot("windows-halls");

        String[] error = new String[1];
        withDialog(FormDialog.class, d -> {
            d.select("unitId", f.county.id());
            d.setText("code", "H2");
            d.setText("name", f.tag + "某镇便民服务中心");
            d.setText("openingHours", "9点到12点");
            d.submit();
            error[0] = d.error("openingHours");
            d.setText("openingHours", "08:30-12:00, 14:00-17:30");
            d.submit();
        }, () -> view.hallDialog(null));
        assertTrue(error[0].startsWith("开放时间应写成"), error[0]);
        Hall made = halls.halls(admin, new HallQuery(f.county.id(), "便民服务中心"), PageRequest.ALL).items().get(0);
        assertEquals("08:30", made.openingHours().get(0).from().toString());
        assertEquals(made.id(), view.hallTable().selected().id());

        withDialog(FormDialog.class, d -> {
            d.setText("number", "3");
            d.setText("label", "医疗报销");
            d.select("type", WindowType.SINGLE);
            d.setText("matterCodes", f.reimburse);
            d.submit();
        }, () -> view.windowDialog(null));
        List<ServiceWindow> now = windows.windows(admin, made.id());
        assertEquals(1, now.size());
        assertEquals(WindowState.CLOSED, now.get(0).state(), "a new window is closed");
        view.setState(now.get(0), WindowState.OPEN);
        assertEquals(WindowState.OPEN, windows.window(admin, now.get(0).id()).orElseThrow().state());
        assertEquals("开放", shown(view.windowTable()).get(0).get(4));
        assertExportMatches(view.windowTable());
        assertNoErrors(site);
    }
}
