package org.xingfeng.windows.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.queue.LiveStateService;
import org.xingfeng.windows.api.queue.Outcome;
import org.xingfeng.windows.api.queue.QueueService;
import org.xingfeng.windows.api.queue.Ticket;
import org.xingfeng.windows.api.queue.TicketState;

/** 叫号: the caller's buttons step tickets through the service (call next, recall, start, finish, park, call back, no-show, transfer). */
class CallerViewIT extends ViewTestSupport {

    static HallService halls;
    static WindowService windows;
    static QueueService queue;
    static LiveStateService live;
    static OrgService org;
    WinFixture f;

    @BeforeAll
    static void data() throws Exception {
        halls = service(HallService.class);
        windows = service(WindowService.class);
        queue = service(QueueService.class);
        live = service(LiveStateService.class);
        org = service(OrgService.class);
    }

    private void fixture() {
        f = WinFixture.create(org, halls, windows, admin, WinFixture.tag("WC"));
    }

    private CallerView openView() {
        Composite parent = open();
        CallerView view = new CallerView(parent, site, halls, windows, queue, live, ZoneId.of("Asia/Shanghai"));
        view.selectWindow(f.hall.id(), f.w1.id());
        parent.layout(true, true);
        return view;
    }

    private Ticket stored(Ticket t) {
        return queue.ticket(admin, t.id()).orElseThrow();
    }

    @Test
    void theButtonsStepATicketThroughTheService() throws Exception {
        fixture();
        Ticket first = f.take(queue, admin, f.reimburse);
        Ticket second = f.take(queue, admin, f.enrol);
        CallerView view = openView();
        assertEquals("—", view.numberLabel().getText());
        assertTrue(view.button("next").isEnabled());
        assertFalse(view.button("finish").isEnabled());

        view.button("next").notifyListeners(SWT.Selection, new Event());
        assertEquals(first.number(), view.numberLabel().getText(), "first come, first called");
        assertEquals(TicketState.CALLED, stored(first).state());
        assertEquals(f.w1.id(), stored(first).windowId());
        screenshot("windows-caller-called");

        view.recall();
        assertEquals(2, stored(first).calls());
        view.start();
        assertEquals(TicketState.SERVING, stored(first).state());
        assertFalse(view.button("next").isEnabled(), "no call while serving");
        assertTrue(view.button("finish").isEnabled());
        withDialog(FormDialog.class, d -> {
            d.select("outcome", Outcome.MATERIALS_MISSING);
            d.setText("note", "缺发票原件，已一次性告知");
            d.submit();
        }, view::finishDialog);
        Ticket done = stored(first);
        assertEquals(TicketState.FINISHED, done.state());
        assertEquals(Outcome.MATERIALS_MISSING, done.outcome());
        assertTrue(view.button("next").isEnabled());

        // park and call back
        view.callNext();
        assertEquals(second.number(), view.current().number());
        view.park();
        assertEquals(TicketState.PARKED, stored(second).state());
        assertTrue(view.parkedTable().rows().stream().anyMatch(t -> t.id() == second.id()), "the parked list shows it");
        view.callBack(view.parkedTable().rows().stream().filter(t -> t.id() == second.id()).findFirst().orElseThrow());
        assertEquals(TicketState.CALLED, stored(second).state());

        // transfer to window 2 keeps its place; then window 1 has nobody
        withDialog(FormDialog.class, d -> {
            d.select("windowId", f.w2.id());
            d.submit();
        }, view::transferDialog);
        Ticket moved = stored(second);
        assertEquals(TicketState.WAITING, moved.state());
        assertEquals(f.w2.id(), moved.targetWindowId());
        assertEquals(second.placeAt(), moved.placeAt(), "a transfer keeps the place");
        site.statuses.clear();
        view.callNext();
        assertEquals(TicketState.WAITING, stored(second).state(), "window 1 does not get a ticket sent to window 2");
        assertTrue(site.statuses.contains("没有等候的号"), site.statuses.toString());
        assertNoErrors(site);
    }

    @Test
    void aTicketCalledThreeTimesIsANoShowAndAPausedWindowCallsNobody() throws Exception {
        fixture();
        Ticket t = f.take(queue, admin, f.enrol);
        CallerView view = openView();
        view.selectWindow(f.hall.id(), f.w2.id());
        view.callNext();
        assertEquals(t.id(), view.current().id());
        view.recall();
        view.recall();
        view.noShow();
        assertEquals(TicketState.NO_SHOW, stored(t).state());
        assertEquals(3, stored(t).calls());

        view.setWindowState(WindowState.PAUSED);
        assertEquals(WindowState.PAUSED, windows.window(admin, f.w2.id()).orElseThrow().state());
        assertFalse(view.button("next").isEnabled(), "a paused window calls nobody");
        view.setWindowState(WindowState.OPEN);
        assertTrue(view.button("next").isEnabled());
        view.callNext();
        assertEquals(t.id(), view.current().id(), "nobody else waits for window 2: the no-show stays shown");
        assertTrue(site.statuses.contains("没有等候的号"), site.statuses.toString());
        assertNoErrors(site);
    }
}
