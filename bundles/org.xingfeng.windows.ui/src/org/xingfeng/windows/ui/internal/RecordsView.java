package org.xingfeng.windows.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.ServiceWindow;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.records.HandlingRecord;
import org.xingfeng.windows.api.records.HandlingRecordQuery;
import org.xingfeng.windows.api.records.HandlingRecordService;
import org.xingfeng.windows.api.records.HandlingStep;
import org.xingfeng.windows.api.records.RecordState;
import org.xingfeng.windows.api.records.StepDraft;
import org.xingfeng.windows.api.records.StepKind;

/**
 * 办件: the handling records of the reach, filtered by unit, window, staff member and state, due-soon and overdue ones
 * flagged in colour, found by number, exported to XLSX through the service; below, the selected record with its steps
 * (受理/审核/办结/送达, 不予受理/退回 with the reason, 一次性告知 with the missing materials) and the steps its state allows,
 * and the one-time notice (一次性告知书) to print.
 */
public class RecordsView implements ContributedView {

    /** Text colour of an overdue record's row, and of one due soon. */
    public static final RGB OVERDUE = new RGB(192, 0, 0);
    public static final RGB DUE_SOON = new RGB(204, 102, 0);
    private static final int PAGE_SIZE = 200;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The steps each state allows (the service decides; this only enables the buttons). */
    private static final Map<RecordState, Set<StepKind>> ALLOWED = new EnumMap<>(Map.of(RecordState.RECEIVED,
            Set.of(StepKind.ACCEPT, StepKind.REJECT, StepKind.NOTIFY), RecordState.ACCEPTED,
            Set.of(StepKind.REVIEW, StepKind.COMPLETE, StepKind.RETURN), RecordState.REVIEWED,
            Set.of(StepKind.COMPLETE, StepKind.RETURN), RecordState.COMPLETED, Set.of(StepKind.DELIVER)));

    private final ViewSite site;
    private final HandlingRecordService records;
    private final OrgService org;
    private final Texts t;
    private final ZoneId zone;
    private final SashForm root;
    private final ChoiceBox<Long> unit;
    private final ChoiceBox<Long> window;
    private final ChoiceBox<Long> staff;
    private final ChoiceBox<RecordState> state;
    private final Button dueSoon;
    private final Button overdue;
    private final Text number;
    private final DataTable<HandlingRecord> table;
    private final Button exportAll;
    private final Text detail;
    private final DataTable<HandlingStep> steps;
    private final Map<StepKind, Button> actions = new EnumMap<>(StepKind.class);
    private final Button printNotice;
    private final List<OrgUnit> units;
    private HandlingRecord current;
    private HandlingRecordQuery shownQuery = HandlingRecordQuery.ALL;
    private String shownNumber = "";
    private boolean paged;

    public RecordsView(Composite parent, ViewSite site, HandlingRecordService records, HallService halls,
            WindowService windows, OrgService org) {
        this.site = site;
        this.records = records;
        this.org = org;
        this.t = Texts.of(site, RecordsView.class);
        this.zone = site.time().zone();
        root = new SashForm(parent, SWT.VERTICAL);

        Composite top = new Composite(root, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(top, SWT.NONE);
        bar.setLayout(new GridLayout(13, false));
        new Label(bar, SWT.NONE).setText(t.get("hall.unit"));
        units = new ArrayList<>(org.units(actor()));
        units.sort(Comparator.comparing(OrgUnit::code));
        List<Choice<Long>> unitChoices = new ArrayList<>();
        unitChoices.add(new Choice<>(null, t.get("any")));
        units.forEach(u -> unitChoices.add(new Choice<>(u.id(), u.name())));
        unit = new ChoiceBox<>(bar, unitChoices, 150);
        new Label(bar, SWT.NONE).setText(t.get("records.window"));
        List<Choice<Long>> windowChoices = new ArrayList<>();
        windowChoices.add(new Choice<>(null, t.get("any")));
        for (Hall h : WindowsUi.halls(halls, actor())) {
            for (ServiceWindow w : windows.windows(actor(), h.id())) {
                windowChoices.add(new Choice<>(w.id(), h.name() + " · " + w.number()));
            }
        }
        window = new ChoiceBox<>(bar, windowChoices, 170);
        new Label(bar, SWT.NONE).setText(t.get("records.staff"));
        staff = new ChoiceBox<>(bar, List.of(new Choice<>(null, t.get("any"))), 110);
        unit.onChange(this::loadStaff);
        new Label(bar, SWT.NONE).setText(t.get("records.state"));
        state = new ChoiceBox<>(bar, WindowsUi.choices(t, RecordState.class, true), 90);
        dueSoon = new Button(bar, SWT.CHECK);
        dueSoon.setText(t.get("records.dueSoonOnly"));
        overdue = new Button(bar, SWT.CHECK);
        overdue.setText(t.get("records.overdueOnly"));
        number = new Text(bar, SWT.BORDER | SWT.SEARCH);
        number.setMessage(t.get("records.number"));
        number.setLayoutData(new GridData(110, SWT.DEFAULT));
        number.addListener(SWT.DefaultSelection, e -> reload());
        Button search = new Button(bar, SWT.PUSH);
        search.setText(t.get("search"));
        search.addListener(SWT.Selection, e -> reload());

        table = new DataTable<>(top, site, t.get("records.title"), List.of(
                WindowsUi.<HandlingRecord>column(t, "records.number", HandlingRecord::number).width(100),
                WindowsUi.<HandlingRecord>column(t, "records.window", r -> r.windowNumber() == null ? ""
                        : r.windowNumber()).width(50),
                WindowsUi.<HandlingRecord>column(t, "records.matter", r -> r.matterName() == null ? r.matterCode()
                        : r.matterName()).width(170),
                WindowsUi.<HandlingRecord>column(t, "records.citizen", HandlingRecord::citizenName).width(70),
                WindowsUi.<HandlingRecord>column(t, "records.staff", HandlingRecord::staffName).width(70),
                WindowsUi.<HandlingRecord>column(t, "records.state", r -> WindowsUi.label(t, r.state())).width(70),
                WindowsUi.<HandlingRecord>column(t, "records.opened", r -> at(r.openedAt())).width(120),
                WindowsUi.<HandlingRecord>column(t, "records.due", HandlingRecord::dueDate).width(90),
                WindowsUi.<HandlingRecord>column(t, "records.flag", this::flag).width(60),
                WindowsUi.<HandlingRecord>column(t, "records.onTime",
                        r -> r.onTime() == null ? "" : t.get(r.onTime() ? "records.onTimeYes" : "records.onTimeNo"))
                        .width(60)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        exportAll = table.addButton(t.get("records.exportAll"), this::exportAll);
        table.onSelection(this::show);
        // flags in colour: the text of an overdue row red, of one due soon orange
        table.viewer().getTable().addListener(SWT.EraseItem, e -> {
            if (e.item.getData() instanceof HandlingRecord r) {
                RGB c = colour(r);
                if (c != null && (e.detail & SWT.SELECTED) == 0) {
                    e.gc.setForeground(new org.eclipse.swt.graphics.Color(c));
                }
            }
        });

        Composite bottom = new Composite(root, SWT.NONE);
        bottom.setLayout(new GridLayout(2, false));
        detail = new Text(bottom, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridData dd = new GridData(SWT.FILL, SWT.FILL, false, true);
        dd.widthHint = 360;
        detail.setLayoutData(dd);
        Composite right = new Composite(bottom, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite buttons = new Composite(right, SWT.NONE);
        buttons.setLayout(new RowLayout());
        for (StepKind k : StepKind.values()) {
            Button b = new Button(buttons, SWT.PUSH);
            b.setText(WindowsUi.label(t, k));
            b.addListener(SWT.Selection, e -> step(current, k));
            actions.put(k, b);
        }
        printNotice = new Button(buttons, SWT.PUSH);
        printNotice.setText(t.get("records.printNotice"));
        printNotice.addListener(SWT.Selection, e -> printNotice());
        steps = new DataTable<>(right, site, t.get("records.steps"), List.of(
                WindowsUi.<HandlingStep>column(t, "records.step", s -> WindowsUi.label(t, s.kind())).width(80),
                WindowsUi.<HandlingStep>column(t, "records.stepAt", s -> at(s.at())).width(120),
                WindowsUi.<HandlingStep>column(t, "records.stepBy",
                        s -> s.staffName() == null ? s.by() : s.staffName()).width(80),
                WindowsUi.<HandlingStep>column(t, "records.reason", HandlingStep::note).width(220),
                WindowsUi.<HandlingStep>column(t, "records.materials", s -> String.join("、", s.materials()))
                        .width(220)));
        steps.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.setWeights(3, 2);
        show(null);
        reload();
    }

    private Actor actor() {
        return site.session().actor();
    }

    private String at(java.time.Instant i) {
        return i == null ? "" : AT.format(i.atZone(zone));
    }

    /** 逾期 / 临期 as the row shows it; empty otherwise. */
    public String flag(HandlingRecord r) {
        return r.overdue() ? t.get("records.overdue") : r.dueSoon() ? t.get("records.dueSoon") : "";
    }

    /** The colour of the row's text: red overdue, orange due soon, null (the table's own) otherwise. */
    public static RGB colour(HandlingRecord r) {
        return r.overdue() ? OVERDUE : r.dueSoon() ? DUE_SOON : null;
    }

    private void loadStaff() {
        Long u = unit.value();
        List<Choice<Long>> out = new ArrayList<>();
        out.add(new Choice<>(null, t.get("any")));
        if (u != null) {
            for (Staff s : org.staff(actor(), new StaffQuery(u, null, null, null, null), PageRequest.ALL).items()) {
                out.add(new Choice<>(s.id(), s.name()));
            }
        }
        staff.setOptions(out, null);
    }

    /** Sets the filters as a user would (null: any). */
    public void setFilters(Long unitId, Long windowId, Long staffId, RecordState s, boolean soon, boolean late,
            String numberText) {
        unit.select(unitId);
        loadStaff();
        window.select(windowId);
        staff.select(staffId);
        state.select(s);
        dueSoon.setSelection(soon);
        overdue.setSelection(late);
        number.setText(numberText == null ? "" : numberText);
    }

    private HandlingRecordQuery query() {
        return new HandlingRecordQuery(unit.value(), null, window.value(), staff.value(), state.value(), null, null,
                null, null, dueSoon.getSelection() ? Boolean.TRUE : null, overdue.getSelection() ? Boolean.TRUE : null);
    }

    /** Lists the records the filters ask for, a page at a time; a number typed finds that record alone. */
    public void reload() {
        shownQuery = query();
        shownNumber = number.getText().strip();
        if (!paged) {
            paged = true;
            table.paged(t.get("records.reading"), PAGE_SIZE, this::page);
        } else {
            table.showPage(0);
        }
    }

    /** One page of the list as the filters last read ask for it. */
    private Page<HandlingRecord> page(PageRequest request, IProgressMonitor monitor) {
        String n = shownNumber;
        if (n.isEmpty()) {
            return records.records(actor(), shownQuery, request);
        }
        Long u = shownQuery.unitId();
        for (Long id : u != null ? List.of(u) : units.stream().map(OrgUnit::id).toList()) {
            Optional<HandlingRecord> r = records.byNumber(actor(), id, n);
            if (r.isPresent()) {
                return new Page<>(List.of(r.get()), 0, request.size(), 1);
            }
        }
        return new Page<>(List.of(), 0, request.size(), 0);
    }

    /** Every record the filters ask for, as the service writes its table, to XLSX. */
    public void exportAll() {
        HandlingRecordQuery q = query();
        site.run(t.get("records.reading"),
                monitor -> records.table(actor(), records.records(actor(), q, PageRequest.EXPORT).items()),
                site::exportXlsx);
    }

    /** Shows a record (read afresh) and enables the steps its state allows. */
    public void show(HandlingRecord r) {
        if (r == null) {
            current = null;
            detail.setText(t.get("records.none"));
            steps.setRows(List.of());
            actions.values().forEach(b -> b.setEnabled(false));
            printNotice.setEnabled(false);
            return;
        }
        site.run(t.get("records.reading"), monitor -> records.record(actor(), r.id()).orElse(null), this::shown);
    }

    private void shown(HandlingRecord r) {
        if (detail.isDisposed()) {
            return;
        }
        current = r;
        if (r == null) {
            show(null);
            return;
        }
        detail.setText(describe(r));
        steps.setRows(r.steps());
        boolean serves = WindowsUi.serves(site);
        Set<StepKind> allowed = ALLOWED.getOrDefault(r.state(), Set.of());
        actions.forEach((k, b) -> b.setEnabled(serves && allowed.contains(k)));
        printNotice.setEnabled(r.state() == RecordState.NOTIFIED);
    }

    private String describe(HandlingRecord r) {
        StringBuilder b = new StringBuilder();
        b.append(t.get("records.number")).append("：").append(r.number()).append('\n');
        b.append(t.get("records.matter")).append("：").append(r.matterName() == null ? "" : r.matterName())
                .append(" (").append(r.matterCode()).append(")\n");
        b.append(t.get("records.limit")).append("：")
                .append(r.timeLimitDays() == null ? "-"
                        : r.timeLimitDays() == 0 ? t.get("records.onTheSpot")
                                : t.get("records.workingDays", r.timeLimitDays()))
                .append('\n');
        b.append(t.get("records.citizen")).append("：").append(nz(r.citizenName())).append(' ')
                .append(nz(r.citizenIdNumber())).append('\n');
        b.append(t.get("records.window")).append("：").append(nz(r.windowNumber())).append("  ")
                .append(t.get("records.channel")).append("：").append(WindowsUi.label(t, r.channel())).append('\n');
        b.append(t.get("records.staff")).append("：").append(nz(r.staffName())).append("  ")
                .append(t.get("records.firstResponsible")).append("：").append(nz(r.firstResponsibleStaffName()))
                .append('\n');
        b.append(t.get("records.state")).append("：").append(WindowsUi.label(t, r.state()));
        String f = flag(r);
        if (!f.isEmpty()) {
            b.append("  ").append(f);
        }
        b.append('\n');
        b.append(t.get("records.opened")).append("：").append(at(r.openedAt())).append('\n');
        b.append(t.get("records.due")).append("：").append(r.dueDate() == null ? "-" : r.dueDate().toString())
                .append('\n');
        if (!r.missingMaterials().isEmpty()) {
            b.append(t.get("records.materials")).append("：").append(String.join("、", r.missingMaterials()))
                    .append('\n');
        }
        if (r.note() != null) {
            b.append(t.get("records.note")).append("：").append(r.note()).append('\n');
        }
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * A step on the record: 不予受理 and 退回 ask for the reason, 一次性告知 for the missing materials (the matter's guide
     * offered); the others ask to confirm. A step the record's state no longer allows (changed meanwhile) shows the
     * service's 409 message in the dialog.
     */
    public FormDialog stepDialog(HandlingRecord r, StepKind kind) {
        if (r == null) {
            return null;
        }
        FormDialog d = new FormDialog(site, WindowsUi.label(t, kind), t.get("records.stepOn", r.number(),
                WindowsUi.label(t, kind)));
        if (kind == StepKind.REJECT || kind == StepKind.RETURN) {
            d.multiline("note", t.get("records.reason"), "");
        } else if (kind == StepKind.NOTIFY) {
            List<String> guide = records.guideMaterials(actor(), r.id());
            if (guide.isEmpty()) {
                d.multiline("materials", t.get("records.materialsPerLine"), "");
            } else {
                d.checks("materials", t.get("records.materials"),
                        guide.stream().map(m -> new Choice<>(m, m)).toList(), Set.of());
            }
            d.multiline("note", t.get("records.note"), "");
        }
        d.onSave(f -> {
            String note = kind == StepKind.REJECT || kind == StepKind.RETURN || kind == StepKind.NOTIFY
                    ? f.text("note")
                    : null;
            List<String> materials = null;
            if (kind == StepKind.NOTIFY) {
                List<String> guide = records.guideMaterials(actor(), r.id());
                materials = guide.isEmpty() ? f.text("materials").lines().map(String::strip)
                        .filter(s -> !s.isEmpty()).toList()
                        : guide.stream().filter(f.checkedValues("materials")::contains).toList();
            }
            StepDraft draft = new StepDraft(kind, note, materials);
            try {
                records.step(actor(), r.id(), draft);
            } catch (XingfengException e) {
                if (e.status() == 409) { // the record moved on meanwhile: the service's words beside the form
                    throw ValidationException.of(List.of(new FieldError("", 0, t.error(e))));
                }
                throw e;
            }
        });
        return d;
    }

    /** Opens the step's dialog and, once taken, shows the record as it is now. */
    public void step(HandlingRecord r, StepKind kind) {
        FormDialog d = stepDialog(r, kind);
        if (d != null && d.open() == FormDialog.OK) {
            site.status(t.get("records.stepTaken", r.number(), WindowsUi.label(t, kind)));
            reload();
            show(r);
        }
    }

    /** The one-time notice (一次性告知书) of the record shown, in a print preview. */
    public NoticePrinter printNotice() {
        if (current == null || current.state() != RecordState.NOTIFIED) {
            return null;
        }
        NoticePrinter p = new NoticePrinter(site, current, unitName(current.unitId()));
        p.open();
        return p;
    }

    private String unitName(long id) {
        return units.stream().filter(u -> u.id() == id).map(OrgUnit::name).findFirst().orElse("");
    }

    public DataTable<HandlingRecord> table() {
        return table;
    }

    public DataTable<HandlingStep> steps() {
        return steps;
    }

    public HandlingRecord current() {
        return current;
    }

    public String detailText() {
        return detail.getText();
    }

    /** The step's button (enabled when the record's state allows it). */
    public Button action(StepKind kind) {
        return actions.get(kind);
    }

    public Button printNoticeButton() {
        return printNotice;
    }

    public Button exportAllButton() {
        return exportAll;
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
