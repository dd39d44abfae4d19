package org.xingfeng.windows.ui.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.windows.api.MatterRef;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.ServiceWindow;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.queue.Finish;
import org.xingfeng.windows.api.queue.HallLive;
import org.xingfeng.windows.api.queue.LiveStateService;
import org.xingfeng.windows.api.queue.Outcome;
import org.xingfeng.windows.api.queue.QueueService;
import org.xingfeng.windows.api.queue.Ticket;
import org.xingfeng.windows.api.queue.TicketQuery;
import org.xingfeng.windows.api.queue.TicketState;
import org.xingfeng.windows.api.queue.Transfer;

/**
 * 叫号: what window staff keep open all day. The hall and window, the window's state (open, pause, close), the
 * current ticket large, and big buttons that step it through the service: call next, recall, start, no-show, park,
 * transfer, finish; the hall's parked tickets to call back, and how many wait.
 */
public class CallerView implements ContributedView {

    private final ViewSite site;
    private final HallService halls;
    private final WindowService windows;
    private final QueueService queue;
    private final LiveStateService live;
    private final ZoneId zone;
    private final Texts t;
    private final Composite root;
    private final ChoiceBox<Long> hall;
    private final ChoiceBox<Long> window;
    private final Label windowState;
    private final Button openButton;
    private final Button pauseButton;
    private final Button closeButton;
    private final Label waiting;
    private final Label number;
    private final Label matter;
    private final Label detail;
    private final Button callNextButton;
    private final Button recallButton;
    private final Button startButton;
    private final Button noShowButton;
    private final Button parkButton;
    private final Button transferButton;
    private final Button finishButton;
    private final DataTable<Ticket> parked;
    private final Font bigFont;
    private final Font buttonFont;
    private List<ServiceWindow> hallWindows = List.of();
    private Ticket current;

    public CallerView(Composite parent, ViewSite site, HallService halls, WindowService windows, QueueService queue,
            LiveStateService live, ZoneId zone) {
        this.site = site;
        this.halls = halls;
        this.windows = windows;
        this.queue = queue;
        this.live = live;
        this.zone = zone;
        this.t = Texts.of(site, CallerView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        FontData base = parent.getFont().getFontData()[0];
        bigFont = new Font(parent.getDisplay(), base.getName(), 64, SWT.BOLD);
        buttonFont = new Font(parent.getDisplay(), base.getName(), 16, SWT.BOLD);
        root.addListener(SWT.Dispose, e -> {
            bigFont.dispose();
            buttonFont.dispose();
        });

        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(9, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText(t.get("hall"));
        hall = new ChoiceBox<>(bar, WindowsUi.hallChoices(WindowsUi.halls(halls, actor())), 220);
        new Label(bar, SWT.NONE).setText(t.get("window"));
        window = new ChoiceBox<>(bar, List.of(), 120);
        windowState = new Label(bar, SWT.NONE);
        windowState.setLayoutData(new GridData(80, SWT.DEFAULT));
        openButton = button(bar, "caller.open", () -> setWindowState(WindowState.OPEN));
        pauseButton = button(bar, "caller.pause", () -> setWindowState(WindowState.PAUSED));
        closeButton = button(bar, "caller.close", () -> setWindowState(WindowState.CLOSED));
        waiting = new Label(bar, SWT.NONE);
        waiting.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite ticket = new Composite(root, SWT.BORDER);
        ticket.setLayout(new GridLayout(1, false));
        ticket.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(ticket, SWT.NONE).setText(t.get("caller.current"));
        number = new Label(ticket, SWT.CENTER);
        number.setFont(bigFont);
        number.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        matter = new Label(ticket, SWT.CENTER);
        matter.setFont(buttonFont);
        matter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        detail = new Label(ticket, SWT.CENTER);
        detail.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayout(new GridLayout(7, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        callNextButton = bigButton(buttons, "caller.next", this::callNext);
        recallButton = bigButton(buttons, "caller.recall", this::recall);
        startButton = bigButton(buttons, "caller.start", this::start);
        noShowButton = bigButton(buttons, "caller.noShow", this::noShow);
        parkButton = bigButton(buttons, "caller.park", this::park);
        transferButton = bigButton(buttons, "caller.transfer", this::transferDialog);
        finishButton = bigButton(buttons, "caller.finish", this::finishDialog);

        new Label(root, SWT.NONE).setText(t.get("caller.parked"));
        parked = new DataTable<>(root, site, t.get("caller.parked"), List.of(
                WindowsUi.<Ticket>column(t, "ticket.number", Ticket::number).width(70),
                WindowsUi.<Ticket>column(t, "ticket.matter", Ticket::matterName).width(200),
                WindowsUi.<Ticket>column(t, "ticket.takenAt", x -> WindowsUi.time(x.takenAt(), zone)).width(80),
                WindowsUi.<Ticket>column(t, "ticket.window", Ticket::windowNumber).width(60),
                WindowsUi.<Ticket>column(t, "ticket.staff", Ticket::staffName).width(80)));
        parked.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String callBack = t.get("caller.callBack");
        parked.addButton(callBack, () -> callBack(parked.selected()));

        hall.onChange(this::hallChanged);
        window.onChange(this::windowChanged);
        hallChanged();
    }

    private Actor actor() {
        return site.session().actor();
    }

    private Button button(Composite parent, String key, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(t.get(key));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private Button bigButton(Composite parent, String key, Runnable action) {
        Button b = button(parent, key, action);
        b.setFont(buttonFont);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, false);
        gd.heightHint = 72;
        b.setLayoutData(gd);
        return b;
    }

    private void hallChanged() {
        Long h = hall.value();
        hallWindows = h == null ? List.of() : guard(() -> windows.windows(actor(), h), List.of());
        List<Choice<Long>> options = new ArrayList<>();
        for (ServiceWindow w : hallWindows) {
            options.add(new Choice<>(w.id(), t.get("caller.windowNumber", w.number())));
        }
        window.setOptions(options, options.isEmpty() ? null : options.get(0).value());
        windowChanged();
    }

    private void windowChanged() {
        current = null;
        ServiceWindow w = selectedWindow();
        if (w != null) {
            for (TicketState s : List.of(TicketState.SERVING, TicketState.CALLED)) {
                List<Ticket> mine = guard(
                        () -> queue.tickets(actor(), new TicketQuery(w.hallId(), null, s, null, w.id()),
                                PageRequest.ALL).items(),
                        List.<Ticket>of());
                if (!mine.isEmpty()) {
                    current = mine.get(0);
                    break;
                }
            }
        }
        refresh();
    }

    /** Shows the hall, the window and the current ticket as they are now. */
    public void refresh() {
        ServiceWindow w = selectedWindow();
        windowState.setText(w == null ? "" : WindowsUi.label(t, w.state()));
        openButton.setEnabled(w != null && w.state() != WindowState.OPEN);
        pauseButton.setEnabled(w != null && w.state() == WindowState.OPEN);
        closeButton.setEnabled(w != null && w.state() != WindowState.CLOSED);
        if (current == null) {
            number.setText("—");
            matter.setText(t.get("caller.none"));
            detail.setText("");
        } else {
            number.setText(current.number());
            matter.setText(current.matterName() == null ? current.matterCode() : current.matterName());
            detail.setText(t.get("caller.detail", WindowsUi.label(t, current.state()), current.calls(),
                    WindowsUi.time(current.takenAt(), zone), WindowsUi.time(current.calledAt(), zone),
                    current.priorityClass() == null ? t.get("caller.normal") : current.priorityClass()));
        }
        TicketState s = current == null ? null : current.state();
        boolean open = w != null && w.state() == WindowState.OPEN;
        callNextButton
                .setEnabled(open && (s == null || s.isFinal() || s == TicketState.PARKED || s == TicketState.WAITING));
        recallButton.setEnabled(s == TicketState.CALLED);
        startButton.setEnabled(s == TicketState.CALLED);
        noShowButton.setEnabled(s == TicketState.CALLED);
        parkButton.setEnabled(s == TicketState.CALLED || s == TicketState.SERVING);
        transferButton.setEnabled(s == TicketState.CALLED || s == TicketState.SERVING);
        finishButton.setEnabled(s == TicketState.SERVING);
        Long h = hall.value();
        if (h != null) {
            HallLive l = guard(() -> live.live(actor(), h), null);
            waiting.setText(
                    l == null ? "" : t.get("caller.waiting", l.waiting(), WindowsUi.duration(l.longestWaitSeconds())));
            parked.setRows(guard(() -> queue.tickets(actor(), new TicketQuery(h, null, TicketState.PARKED, null, null),
                    PageRequest.ALL).items(), List.<Ticket>of()));
        } else {
            waiting.setText("");
            parked.setRows(List.of());
        }
        root.layout(true, true);
    }

    private ServiceWindow selectedWindow() {
        Long id = window.value();
        if (id == null) {
            return null;
        }
        return hallWindows.stream().filter(w -> w.id() == id.longValue()).findFirst().orElse(null);
    }

    /** Runs a service call; a refused one is shown to the user and gives {@code otherwise}. */
    private <R> R guard(Supplier<R> call, R otherwise) {
        try {
            return call.get();
        } catch (XingfengException e) {
            site.showError(e);
            return otherwise;
        }
    }

    private void step(Supplier<Ticket> call) {
        Ticket after = guard(call, null);
        if (after != null) {
            current = after;
            site.status(t.get("caller.stepped", after.number(), WindowsUi.label(t, after.state())));
        }
        refresh();
    }

    public void selectWindow(long hallId, long windowId) {
        hall.select(hallId);
        hallChanged();
        window.select(windowId);
        windowChanged();
    }

    public void setWindowState(WindowState state) {
        ServiceWindow w = selectedWindow();
        if (w == null) {
            return;
        }
        ServiceWindow after = guard(() -> windows.setState(actor(), w.id(), state), null);
        if (after != null) {
            hallWindows = hallWindows.stream().map(x -> x.id() == after.id() ? after : x).toList();
            site.status(t.get("caller.windowNow", after.number(), WindowsUi.label(t, after.state())));
        }
        refresh();
    }

    /** 叫下一位 */
    public void callNext() {
        ServiceWindow w = selectedWindow();
        if (w == null) {
            return;
        }
        Optional<Ticket> next = guard(() -> queue.callNext(actor(), w.id()), Optional.<Ticket>empty());
        if (next.isPresent()) {
            current = next.get();
            site.status(t.get("caller.called", current.number()));
        } else {
            site.status(t.get("caller.nobody"));
        }
        refresh();
    }

    /** 重呼 */
    public void recall() {
        if (current != null) {
            step(() -> queue.recall(actor(), current.id()));
        }
    }

    /** 开始办理 */
    public void start() {
        if (current != null) {
            step(() -> queue.start(actor(), current.id()));
        }
    }

    /** 过号 */
    public void noShow() {
        if (current != null) {
            step(() -> queue.noShow(actor(), current.id()));
        }
    }

    /** 挂起 */
    public void park() {
        if (current != null) {
            step(() -> queue.park(actor(), current.id()));
        }
    }

    /** 回叫: a parked ticket called to this window. */
    public void callBack(Ticket ticket) {
        ServiceWindow w = selectedWindow();
        if (ticket == null || w == null) {
            return;
        }
        step(() -> queue.callBack(actor(), ticket.id(), w.id()));
    }

    /** 转移: to another window of the hall or another matter; the ticket keeps its place. */
    public void transferDialog() {
        if (current == null) {
            return;
        }
        Ticket c = current;
        List<Choice<Long>> targets = new ArrayList<>();
        targets.add(new Choice<>(null, t.get("transfer.sameWindows")));
        hallWindows.stream().filter(w -> !Long.valueOf(w.id()).equals(c.windowId()))
                .forEach(w -> targets.add(new Choice<>(w.id(), t.get("caller.windowNumber", w.number()))));
        List<Choice<String>> matters = new ArrayList<>();
        matters.add(new Choice<>(null, t.get("transfer.sameMatter")));
        for (MatterRef m : guard(() -> halls.matters(actor(), c.hallId()), List.<MatterRef>of())) {
            matters.add(new Choice<>(m.code(), m.code() + " " + m.name()));
        }
        FormDialog d = WindowsUi.dialog(site, t.get("transfer.title"), t.get("transfer.message", c.number()))
                .choice("windowId", t.get("transfer.window"), targets, null)
                .choice("matterCode", t.get("transfer.matter"), matters, null);
        Ticket[] saved = new Ticket[1];
        d.onSave(f -> saved[0] = queue.transfer(actor(), c.id(),
                new Transfer(f.choice("windowId"), f.choice("matterCode"))));
        if (d.open() == FormDialog.OK) {
            current = saved[0];
            site.status(t.get("caller.stepped", saved[0].number(), WindowsUi.label(t, saved[0].state())));
            refresh();
        }
    }

    /** 办结: the outcome and a note. */
    public void finishDialog() {
        if (current == null) {
            return;
        }
        Ticket c = current;
        FormDialog d = WindowsUi.dialog(site, t.get("finish.title"), t.get("finish.message", c.number()))
                .choice("outcome", t.get("finish.outcome"),
                        WindowsUi.choices(t, Outcome.class, false), Outcome.DONE)
                .multiline("note", t.get("finish.note"), "");
        Ticket[] saved = new Ticket[1];
        d.onSave(f -> saved[0] = queue.finish(actor(), c.id(), new Finish(f.choice("outcome"),
                Strings.blankToNull(f.text("note")))));
        if (d.open() == FormDialog.OK) {
            current = saved[0];
            site.status(t.get("caller.stepped", saved[0].number(), WindowsUi.label(t, saved[0].state())));
            refresh();
        }
    }

    public Ticket current() {
        return current;
    }

    public Composite control() {
        return root;
    }

    public Label numberLabel() {
        return number;
    }

    public DataTable<Ticket> parkedTable() {
        return parked;
    }

    public Button button(String key) {
        return switch (key) {
            case "next" -> callNextButton;
            case "recall" -> recallButton;
            case "start" -> startButton;
            case "noShow" -> noShowButton;
            case "park" -> parkButton;
            case "transfer" -> transferButton;
            case "finish" -> finishButton;
            default -> throw new IllegalArgumentException(key);
        };
    }

    @Override
    public void setFocus() {
        callNextButton.setFocus();
    }
}
