package org.xingfeng.windows.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.queue.LiveStateService;
import org.xingfeng.windows.api.queue.PriorityClass;
import org.xingfeng.windows.api.queue.QueueService;
import org.xingfeng.windows.api.queue.Ticket;

/** 实时排队: the counts and today's tickets; the lobby manager takes a ticket for a citizen and sets a priority class. */
class LiveQueueViewIT extends ViewTestSupport {

    static HallService halls;
    static WindowService windows;
    static QueueService queue;
    static LiveStateService live;
    static WinFixture f;

    @BeforeAll
    static void data() throws Exception {
        halls = service(HallService.class);
        windows = service(WindowService.class);
        queue = service(QueueService.class);
        live = service(LiveStateService.class);
        f = WinFixture.create(service(OrgService.class), halls, windows, admin, WinFixture.tag("WL"));
    }

    @Test
    void theLiveQueueShowsCountsAndTheLobbyManagerActs() throws Exception {
        Ticket a = f.take(queue, admin, f.reimburse);
        f.take(queue, admin, f.enrol);
        f.take(queue, admin, f.enrol);
        LiveQueueView view = new LiveQueueView(open(), site, halls, windows, queue, live, ZoneId.of("Asia/Shanghai"));
        view.selectHall(f.hall.id());
        assertEquals(3, view.last().waiting());
        assertTrue(view.summary().getText().startsWith("等候 3 人"), view.summary().getText());
        assertEquals(3, view.tickets().rows().size());
        List<List<String>> byMatter = shown(view.byMatter());
        assertTrue(byMatter.stream().anyMatch(r -> r.get(1).equals("2")), byMatter.toString());

        withDialog(FormDialog.class, d -> {
            d.select("matterCode", f.reimburse);
            d.submit();
        }, view::takeDialog);
        assertEquals(4, view.tickets().rows().size());
        assertEquals(4, view.last().waiting());

        PriorityClass elderly = queue.priorityClasses().get(0);
        withDialog(FormDialog.class, d -> {
            d.select("priorityClass", elderly.code());
            d.submit();
        }, () -> view.priorityDialog(a));
        assertEquals(elderly.code(), queue.ticket(admin, a.id()).orElseThrow().priorityClass());
        List<String> row = shown(view.tickets()).stream().filter(r -> r.get(0).equals(a.number())).findFirst()
                .orElseThrow();
        assertEquals(elderly.nameZh(), row.get(2));
        assertEquals("等候", row.get(4));
        screenshot("windows-live-queue");
        assertExportMatches(view.tickets());
        assertNoErrors(site);
    }
}
