package org.xingfeng.windows.ui.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.windows.api.MatterRef;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.ServiceWindow;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.queue.CallShown;
import org.xingfeng.windows.api.queue.CountBy;
import org.xingfeng.windows.api.queue.HallLive;
import org.xingfeng.windows.api.queue.LiveStateService;
import org.xingfeng.windows.api.queue.PriorityClass;
import org.xingfeng.windows.api.queue.QueueService;
import org.xingfeng.windows.api.queue.Ticket;
import org.xingfeng.windows.api.queue.TicketDraft;
import org.xingfeng.windows.api.queue.TicketQuery;
import org.xingfeng.windows.api.queue.TicketSource;
import org.xingfeng.windows.api.queue.TicketState;
import org.xingfeng.windows.api.queue.Transfer;

/**
 * 实时排队: a hall's queue now (waiting in all, per matter and class, the longest wait, windows open and serving,
 * the last calls) and today's tickets; the lobby manager sets a ticket's priority class, transfers it, or takes a
 * ticket for a citizen. Refreshed every few seconds while it is open.
 */
public class LiveQueueView implements ContributedView {

    static final int REFRESH_MILLIS = 5000;

    private final ViewSite site;
    private final HallService halls;
    private final WindowService windows;
    private final QueueService queue;
    private final LiveStateService live;
    private final ZoneId zone;
    private final Texts t;
    private final Composite root;
    private final ChoiceBox<Long> hall;
    private final ChoiceBox<TicketState> state;
    private final Button auto;
    private final Label summary;
    private final DataTable<CountBy> byMatter;
    private final DataTable<CountBy> byClass;
    private final DataTable<CallShown> calls;
    private final DataTable<Ticket> tickets;
    private final Button priorityButton;
    private final Button transferButton;
    private final Button takeButton;
    private HallLive last;

    public LiveQueueView(Composite parent, ViewSite site, HallService halls, WindowService windows, QueueService queue,
            LiveStateService live, ZoneId zone) {
        this.site = site;
        this.halls = halls;
        this.windows = windows;
        this.queue = queue;
        this.live = live;
        this.zone = zone;
        this.t = Texts.of(site, LiveQueueView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));

        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(7, false));
        new Label(bar, SWT.NONE).setText(t.get("hall"));
        hall = new ChoiceBox<>(bar, WindowsUi.hallChoices(WindowsUi.halls(halls, actor())), 220);
        new Label(bar, SWT.NONE).setText(t.get("ticket.state"));
        state = new ChoiceBox<>(bar, WindowsUi.choices(t, TicketState.class, true), 100);
        Button refresh = new Button(bar, SWT.PUSH);
        refresh.setText(t.get("refresh"));
        refresh.addListener(SWT.Selection, e -> reload());
        auto = new Button(bar, SWT.CHECK);
        auto.setText(t.get("live.auto"));
        auto.setSelection(true);
        summary = new Label(root, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm top = new SashForm(root, SWT.HORIZONTAL);
        GridData topData = new GridData(SWT.FILL, SWT.FILL, true, false);
        topData.heightHint = 180;
        top.setLayoutData(topData);
        byMatter = new DataTable<>(top, site, t.get("live.byMatter"), List.of(
                WindowsUi.<CountBy>column(t, "live.matter", CountBy::label).width(200),
                WindowsUi.<CountBy>column(t, "live.waiting", CountBy::count).width(60)));
        byClass = new DataTable<>(top, site, t.get("live.byClass"), List.of(
                WindowsUi.<CountBy>column(t, "live.class", CountBy::label).width(120),
                WindowsUi.<CountBy>column(t, "live.waiting", CountBy::count).width(60)));
        calls = new DataTable<>(top, site, t.get("live.calls"), List.of(
                WindowsUi.<CallShown>column(t, "ticket.number", CallShown::number).width(70),
                WindowsUi.<CallShown>column(t, "ticket.window", CallShown::windowNumber).width(60),
                WindowsUi.<CallShown>column(t, "ticket.matter", CallShown::matterName).width(160),
                WindowsUi.<CallShown>column(t, "ticket.calledAt", c -> WindowsUi.time(c.calledAt(), zone)).width(80)));
        top.setWeights(3, 2, 4);

        tickets = new DataTable<>(root, site, t.get("live.tickets"), List.of(
                WindowsUi.<Ticket>column(t, "ticket.number", Ticket::number).width(70),
                WindowsUi.<Ticket>column(t, "ticket.matter", Ticket::matterName).width(180),
                WindowsUi.<Ticket>column(t, "ticket.class", x -> className(x.priorityClass())).width(80),
                WindowsUi.<Ticket>column(t, "ticket.source", x -> WindowsUi.label(t, x.source())).width(80),
                WindowsUi.<Ticket>column(t, "ticket.state", x -> WindowsUi.label(t, x.state())).width(70),
                WindowsUi.<Ticket>column(t, "ticket.takenAt", x -> WindowsUi.time(x.takenAt(), zone)).width(80),
                WindowsUi.<Ticket>column(t, "ticket.calledAt", x -> WindowsUi.time(x.calledAt(), zone)).width(80),
                WindowsUi.<Ticket>column(t, "ticket.finishedAt", x -> WindowsUi.time(x.finishedAt(), zone)).width(80),
                WindowsUi.<Ticket>column(t, "ticket.calls", Ticket::calls).width(50),
                WindowsUi.<Ticket>column(t, "ticket.window", Ticket::windowNumber).width(60),
                WindowsUi.<Ticket>column(t, "ticket.staff", Ticket::staffName).width(80),
                WindowsUi.<Ticket>column(t, "ticket.outcome", x -> WindowsUi.label(t, x.outcome())).width(90)));
        tickets.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String take = t.get("live.take");
        takeButton = tickets.addButton(take, this::takeDialog);
        String priority = t.get("live.priority");
        priorityButton = tickets.addButton(priority, () -> priorityDialog(tickets.selected()));
        String transfer = t.get("caller.transfer");
        transferButton = tickets.addButton(transfer, () -> transferDialog(tickets.selected()));
        takeButton.setEnabled(WindowsUi.lobby(site));
        tickets.onSelection(this::selected);

        hall.onChange(this::reload);
        state.onChange(this::reload);
        root.getDisplay().timerExec(REFRESH_MILLIS, this::tick);
        selected(null);
        reload();
    }

    /** Every few seconds while the view lives: reloads when shown and asked to. */
    private void tick() {
        if (root.isDisposed()) {
            return;
        }
        if (auto.getSelection() && root.isVisible()) {
            reload();
        }
        root.getDisplay().timerExec(REFRESH_MILLIS, this::tick);
    }

    private Actor actor() {
        return site.session().actor();
    }

    private String className(String code) {
        if (code == null) {
            return t.get("caller.normal");
        }
        return queue.priorityClasses().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> t.chinese() ? p.nameZh() : p.nameEn()).orElse(code);
    }

    private void selected(Ticket x) {
        boolean lobby = WindowsUi.lobby(site);
        priorityButton.setEnabled(lobby && x != null && x.state() == TicketState.WAITING);
        transferButton
                .setEnabled(lobby && x != null && (x.state() == TicketState.WAITING || x.state() == TicketState.CALLED
                        || x.state() == TicketState.SERVING || x.state() == TicketState.PARKED));
    }

    public void selectHall(long hallId) {
        hall.select(hallId);
        reload();
    }

    /** Reads the hall's live state and today's tickets again. */
    public void reload() {
        Long h = hall.value();
        if (h == null) {
            summary.setText(t.get("live.noHall"));
            return;
        }
        TicketState s = state.value();
        site.run(t.get("live.reading"), monitor -> new Object[] { live.live(actor(), h),
                queue.tickets(actor(), new TicketQuery(h, null, s, null, null), PageRequest.ALL).items() }, r -> {
                    if (root.isDisposed()) {
                        return;
                    }
                    last = (HallLive) r[0];
                    @SuppressWarnings("unchecked")
                    List<Ticket> rows = (List<Ticket>) r[1];
                    summary.setText(t.get("live.summary", last.waiting(), WindowsUi.duration(last.longestWaitSeconds()),
                            last.windowsOpen(), last.windowsServing(), WindowsUi.time(last.at(), zone)));
                    byMatter.setRows(last.waitingByMatter());
                    byClass.setRows(last.waitingByClass());
                    calls.setRows(last.lastCalls());
                    Ticket selected = tickets.selected();
                    tickets.setRows(rows);
                    if (selected != null) {
                        rows.stream().filter(x -> x.id() == selected.id()).findFirst().ifPresent(tickets::select);
                    }
                    selected(tickets.selected());
                    root.layout(true, true);
                });
    }

    public HallLive last() {
        return last;
    }

    public Label summary() {
        return summary;
    }

    public DataTable<Ticket> tickets() {
        return tickets;
    }

    public DataTable<CountBy> byMatter() {
        return byMatter;
    }

    public DataTable<CallShown> calls() {
        return calls;
    }

    private List<Choice<String>> classChoices() {
        List<Choice<String>> out = new ArrayList<>();
        out.add(new Choice<>(null, t.get("caller.normal")));
        for (PriorityClass p : queue.priorityClasses()) {
            out.add(new Choice<>(p.code(), t.chinese() ? p.nameZh() : p.nameEn()));
        }
        return out;
    }

    /** 代取号: the lobby manager takes a ticket for a citizen, with a priority class if the citizen has one. */
    public void takeDialog() {
        Long h = hall.value();
        if (h == null) {
            return;
        }
        List<Choice<String>> matters = new ArrayList<>();
        for (MatterRef m : halls.matters(actor(), h)) {
            matters.add(new Choice<>(m.code(), m.code() + " " + m.name()));
        }
        FormDialog d = WindowsUi.dialog(site, t.get("take.title"), t.get("take.message"))
                .choice("matterCode", t.get("ticket.matter"), matters,
                        matters.isEmpty() ? null : matters.get(0).value())
                .choice("priorityClass", t.get("ticket.class"), classChoices(), null);
        Ticket[] saved = new Ticket[1];
        d.onSave(f -> saved[0] = queue.take(actor(),
                new TicketDraft(h, f.choice("matterCode"), f.choice("priorityClass"),
                        TicketSource.STAFF)));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("take.done", saved[0].number()));
            reload();
        }
    }

    /** 设置优先: sets or clears the priority class (绿色通道) of a waiting ticket. */
    public void priorityDialog(Ticket x) {
        if (x == null) {
            return;
        }
        FormDialog d = WindowsUi.dialog(site, t.get("priority.title"), t.get("priority.message", x.number()))
                .choice("priorityClass", t.get("ticket.class"), classChoices(), x.priorityClass());
        d.onSave(f -> queue.setPriority(actor(), x.id(), f.choice("priorityClass")));
        if (d.open() == FormDialog.OK) {
            reload();
        }
    }

    /** 转移 to another window or matter; the ticket keeps its place. */
    public void transferDialog(Ticket x) {
        if (x == null) {
            return;
        }
        List<Choice<Long>> targets = new ArrayList<>();
        targets.add(new Choice<>(null, t.get("transfer.sameWindows")));
        for (ServiceWindow w : windows.windows(actor(), x.hallId())) {
            targets.add(new Choice<>(w.id(), t.get("caller.windowNumber", w.number())));
        }
        List<Choice<String>> matters = new ArrayList<>();
        matters.add(new Choice<>(null, t.get("transfer.sameMatter")));
        for (MatterRef m : halls.matters(actor(), x.hallId())) {
            matters.add(new Choice<>(m.code(), m.code() + " " + m.name()));
        }
        FormDialog d = WindowsUi.dialog(site, t.get("transfer.title"), t.get("transfer.message", x.number()))
                .choice("windowId", t.get("transfer.window"), targets, null)
                .choice("matterCode", t.get("transfer.matter"), matters, null);
        d.onSave(f -> queue.transfer(actor(), x.id(), new Transfer(f.choice("windowId"), f.choice("matterCode"))));
        if (d.open() == FormDialog.OK) {
            reload();
        }
    }

    @Override
    public void setFocus() {
        tickets.filterBox().setFocus();
    }
}
