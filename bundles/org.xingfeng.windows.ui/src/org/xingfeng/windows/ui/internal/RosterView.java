package org.xingfeng.windows.ui.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.Confirm;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.ServiceWindow;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.roster.DutyDraft;
import org.xingfeng.windows.api.roster.DutyEntry;
import org.xingfeng.windows.api.roster.DutyRole;
import org.xingfeng.windows.api.roster.RosterQuery;
import org.xingfeng.windows.api.roster.RosterService;
import org.xingfeng.windows.api.roster.ServiceSession;
import org.xingfeng.windows.api.roster.SessionDraft;
import org.xingfeng.windows.api.roster.SessionKind;

/**
 * 带班值班: a hall's roster of a day (who sits at which window, the lobby manager, the leader on duty), and the
 * extended-hours (延时服务) and assisted-handling (帮办代办) sessions of the day with the citizens served.
 */
public class RosterView implements ContributedView {

    private final ViewSite site;
    private final WindowService windows;
    private final RosterService roster;
    private final OrgService org;
    private final BureauTime time;
    private final Texts t;
    private final SashForm root;
    private final List<Hall> hallList;
    private final ChoiceBox<Long> hall;
    private final Text day;
    private final DataTable<DutyEntry> duties;
    private final DataTable<ServiceSession> sessions;
    private final Button assignButton;
    private final Button removeButton;
    private final Button recordButton;

    public RosterView(Composite parent, ViewSite site, HallService halls, WindowService windows, RosterService roster,
            OrgService org, BureauTime time) {
        this.site = site;
        this.windows = windows;
        this.roster = roster;
        this.org = org;
        this.time = time;
        this.t = Texts.of(site, RosterView.class);
        root = new SashForm(parent, SWT.VERTICAL);

        Composite top = new Composite(root, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(top, SWT.NONE);
        bar.setLayout(new GridLayout(5, false));
        new Label(bar, SWT.NONE).setText(t.get("hall"));
        hallList = WindowsUi.halls(halls, actor());
        hall = new ChoiceBox<>(bar, WindowsUi.hallChoices(hallList), 220);
        new Label(bar, SWT.NONE).setText(t.get("roster.day"));
        day = new Text(bar, SWT.BORDER);
        day.setText(time.today().toString());
        day.setLayoutData(new GridData(90, SWT.DEFAULT));
        Button show = new Button(bar, SWT.PUSH);
        show.setText(t.get("search"));
        show.addListener(SWT.Selection, e -> reload());

        duties = new DataTable<>(top, site, t.get("view.roster"), List.of(
                WindowsUi.<DutyEntry>column(t, "roster.date", DutyEntry::date).width(90),
                WindowsUi.<DutyEntry>column(t, "roster.role", d -> WindowsUi.label(t, d.role())).width(90),
                WindowsUi.<DutyEntry>column(t, "ticket.window", DutyEntry::windowNumber).width(60),
                WindowsUi.<DutyEntry>column(t, "roster.staffNumber", DutyEntry::staffNumber).width(80),
                WindowsUi.<DutyEntry>column(t, "roster.staffName", DutyEntry::staffName).width(90),
                WindowsUi.<DutyEntry>column(t, "roster.note", DutyEntry::note).width(200)));
        duties.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String assign = t.get("roster.assign");
        assignButton = duties.addButton(assign, this::assignDialog);
        String remove = t.get("roster.remove");
        removeButton = duties.addButton(remove, () -> remove(duties.selected()));
        duties.onSelection(d -> selected());

        Composite bottom = new Composite(root, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        new Label(bottom, SWT.NONE).setText(t.get("sessions.title"));
        sessions = new DataTable<>(bottom, site, t.get("sessions.title"), List.of(
                WindowsUi.<ServiceSession>column(t, "roster.date", ServiceSession::date).width(90),
                WindowsUi.<ServiceSession>column(t, "sessions.kind", s -> WindowsUi.label(t, s.kind())).width(90),
                WindowsUi.<ServiceSession>column(t, "sessions.start", ServiceSession::start).width(60),
                WindowsUi.<ServiceSession>column(t, "sessions.end", ServiceSession::end).width(60),
                WindowsUi.<ServiceSession>column(t, "roster.staffName", ServiceSession::staffName).width(90),
                WindowsUi.<ServiceSession>column(t, "sessions.citizens", ServiceSession::citizensServed).width(70),
                WindowsUi.<ServiceSession>column(t, "roster.note", ServiceSession::note).width(200),
                WindowsUi.<ServiceSession>column(t, "sessions.recordedBy", ServiceSession::recordedBy).width(80)));
        sessions.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String record = t.get("sessions.record");
        recordButton = sessions.addButton(record, this::recordDialog);
        root.setWeights(3, 2);
        hall.onChange(this::reload);
        reload();
    }

    private Actor actor() {
        return site.session().actor();
    }

    private void selected() {
        assignButton.setEnabled(WindowsUi.admin(site) && hall.value() != null);
        removeButton.setEnabled(WindowsUi.admin(site) && duties.selected() != null);
        recordButton.setEnabled(WindowsUi.serves(site) && hall.value() != null);
    }

    private LocalDate day() {
        return WindowsUi.date(t, "date", day.getText(), false);
    }

    public void setDay(LocalDate d) {
        day.setText(d.toString());
    }

    public void selectHall(long id) {
        hall.select(id);
        reload();
    }

    public void reload() {
        Long h = hall.value();
        LocalDate d;
        try {
            d = day();
        } catch (ValidationException e) {
            site.showError(e);
            return;
        }
        if (h == null) {
            duties.setRows(List.of());
            sessions.setRows(List.of());
        } else {
            RosterQuery q = new RosterQuery(h, d, d, null);
            duties.load(t.get("roster.reading"), monitor -> roster.roster(actor(), q));
            sessions.load(t.get("roster.reading"), monitor -> roster.sessions(actor(), q));
        }
        selected();
    }

    public DataTable<DutyEntry> duties() {
        return duties;
    }

    public DataTable<ServiceSession> sessions() {
        return sessions;
    }

    private List<Choice<Long>> staffChoices(long hallId) {
        long unit = hallList.stream().filter(x -> x.id() == hallId).findFirst().map(Hall::unitId).orElse(0L);
        List<Choice<Long>> out = new ArrayList<>();
        for (Staff s : org.staff(actor(), new StaffQuery(unit, null, null, true, null), PageRequest.ALL).items()) {
            out.add(new Choice<>(s.id(), s.staffNumber() + " " + s.name()));
        }
        return out;
    }

    /** 安排值班: a role of the day for a member of staff; window staff at a window of the hall. */
    public void assignDialog() {
        Long h = hall.value();
        if (h == null) {
            return;
        }
        List<Choice<Long>> windowChoices = new ArrayList<>();
        windowChoices.add(new Choice<>(null, t.get("none")));
        for (ServiceWindow w : windows.windows(actor(), h)) {
            windowChoices.add(new Choice<>(w.id(), t.get("caller.windowNumber", w.number())));
        }
        List<Choice<Long>> staff = staffChoices(h);
        FormDialog d = WindowsUi.dialog(site, t.get("roster.assign"), t.get("roster.message"))
                .text("date", t.get("roster.date"), day.getText())
                .choice("role", t.get("roster.role"), WindowsUi.choices(t, DutyRole.class, false),
                        DutyRole.WINDOW_STAFF)
                .choice("staffId", t.get("roster.staffName"), staff,
                        staff.isEmpty() ? null : staff.get(0).value())
                .choice("windowId", t.get("ticket.window"), windowChoices, null)
                .text("note", t.get("roster.note"), "");
        d.onSave(f -> roster.assign(actor(), new DutyDraft(h, WindowsUi.date(t, "date", f.text("date"), false),
                f.choice("role"), f.choice("staffId"), f.choice("windowId"), Strings.blankToNull(f.text("note")))));
        if (d.open() == FormDialog.OK) {
            reload();
        }
    }

    public void remove(DutyEntry d) {
        if (d == null || !Confirm.ask(site, t.get("roster.removeAsk", d.staffName()))) {
            return;
        }
        try {
            roster.remove(actor(), d.id());
        } catch (RuntimeException e) {
            site.showError(e);
        }
        reload();
    }

    /** 登记延时服务/帮办代办 */
    public void recordDialog() {
        Long h = hall.value();
        if (h == null) {
            return;
        }
        List<Choice<Long>> staff = staffChoices(h);
        FormDialog d = WindowsUi.dialog(site, t.get("sessions.record"), t.get("sessions.message"))
                .choice("kind", t.get("sessions.kind"), WindowsUi.choices(t, SessionKind.class, false),
                        SessionKind.EXTENDED_HOURS)
                .text("date", t.get("roster.date"), day.getText())
                .text("start", t.get("sessions.start"), "17:00")
                .text("end", t.get("sessions.end"), "18:00")
                .choice("staffId", t.get("roster.staffName"), staff,
                        staff.isEmpty() ? null : staff.get(0).value())
                .text("citizensServed", t.get("sessions.citizens"), "1")
                .multiline("note", t.get("roster.note"), "");
        d.onSave(f -> roster.record(actor(), new SessionDraft(h, f.choice("kind"),
                WindowsUi.date(t, "date", f.text("date"), false), clock("start", f.text("start")),
                clock("end", f.text("end")),
                f.choice("staffId"), WindowsUi.number(t, "citizensServed", f.text("citizensServed")),
                Strings.blankToNull(f.text("note")))));
        if (d.open() == FormDialog.OK) {
            reload();
        }
    }

    private static LocalTime clock(String field, String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, WindowsUi.MESSAGES.text("error.time", text));
        }
    }

    @Override
    public void setFocus() {
        duties.filterBox().setFocus();
    }
}
