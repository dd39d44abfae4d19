package org.xingfeng.windows.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.roster.DutyRole;
import org.xingfeng.windows.api.roster.RosterService;
import org.xingfeng.windows.api.roster.SessionKind;

/** 带班值班: duties assigned through the dialog (a window for window staff), an extended-hours session recorded. */
class RosterViewIT extends ViewTestSupport {

    static HallService halls;
    static WindowService windows;
    static RosterService roster;
    static OrgService org;
    static BureauTime time;
    static WinFixture f;

    @BeforeAll
    static void data() throws Exception {
        halls = service(HallService.class);
        windows = service(WindowService.class);
        roster = service(RosterService.class);
        org = service(OrgService.class);
        time = service(BureauTime.class);
        f = WinFixture.create(org, halls, windows, admin, WinFixture.tag("WR"));
    }

    @Test
    void dutiesAndSessionsAreRecorded() throws Exception {
        RosterView view = new RosterView(open(), site, halls, windows, roster, org, time);
        view.selectHall(f.hall.id());
        view.setDay(time.today().plusDays(1));
        view.reload();
        assertEquals(0, view.duties().rows().size());
        withDialog(FormDialog.class, d -> {
            d.select("role", DutyRole.WINDOW_STAFF);
            d.select("staffId", f.s1.id());
            d.select("windowId", f.w1.id());
            d.submit();
        }, view::assignDialog);
        withDialog(FormDialog.class, d -> {
            d.select("role", DutyRole.LOBBY_MANAGER);
            d.select("staffId", f.s2.id());
            d.submit();
        }, view::assignDialog);
        List<List<String>> rows = shown(view.duties());
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(
                rows.stream().anyMatch(r -> r.get(1).equals("窗口人员") && r.get(2).equals("1") && r.get(4).equals("王芳")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("大堂经理") && r.get(4).equals("李强")), rows.toString());

        view.setDay(time.today().minusDays(1));
        view.reload();
        withDialog(FormDialog.class, d -> {
            d.select("kind", SessionKind.EXTENDED_HOURS);
            d.select("staffId", f.s1.id());
            d.setText("start", "17:00");
            d.setText("end", "18:10");
            d.setText("citizensServed", "4");
            d.setText("note", "异地就医备案集中办理");
            d.submit();
        }, view::recordDialog);
        List<List<String>> sessions = shown(view.sessions());
        assertEquals(1, sessions.size(), sessions.toString());
        assertEquals(List.of("延时服务", "17:00", "18:10", "王芳", "4"), sessions.get(0).subList(1, 6));
        screenshot("windows-roster");
        assertNoErrors(site);
    }
}
