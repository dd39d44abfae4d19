package org.xingfeng.windows.ui.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallDraft;
import org.xingfeng.windows.api.halls.HallQuery;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.HallZone;
import org.xingfeng.windows.api.halls.OpeningPeriod;
import org.xingfeng.windows.api.halls.ServiceWindow;
import org.xingfeng.windows.api.halls.WindowDraft;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.halls.WindowState;
import org.xingfeng.windows.api.halls.WindowType;

/**
 * 大厅与窗口: the halls in reach (unit, code, name, address, zones, opening hours, appointment slot, ticket series)
 * and the windows of the selected hall (number, type, matters handled, state). Administrators create and change
 * them; window staff and the lobby manager open, pause and close windows.
 */
public class HallsView implements ContributedView {

    private final ViewSite site;
    private final HallService halls;
    private final WindowService windows;
    private final OrgService org;
    private final Texts t;
    private final SashForm root;
    private final DataTable<Hall> hallTable;
    private final DataTable<ServiceWindow> windowTable;
    private final Label windowsTitle;
    private final Button editHallButton;
    private final Button newWindowButton;
    private final Button editWindowButton;
    private final Button openButton;
    private final Button pauseButton;
    private final Button closeButton;

    public HallsView(Composite parent, ViewSite site, HallService halls, WindowService windows, OrgService org) {
        this.site = site;
        this.halls = halls;
        this.windows = windows;
        this.org = org;
        this.t = Texts.of(site, HallsView.class);
        root = new SashForm(parent, SWT.VERTICAL);

        Composite top = new Composite(root, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        new Label(top, SWT.NONE).setText(t.get("halls.title"));
        hallTable = new DataTable<>(top, site, t.get("view.halls"), List.of(
                WindowsUi.<Hall>column(t, "hall.unit", Hall::unitName).width(130),
                WindowsUi.<Hall>column(t, "hall.code", Hall::code).width(70),
                WindowsUi.<Hall>column(t, "hall.name", Hall::name).width(170),
                WindowsUi.<Hall>column(t, "hall.address", Hall::address).width(180),
                WindowsUi.<Hall>column(t, "hall.zones", this::zonesText).width(220),
                WindowsUi.<Hall>column(t, "hall.openingHours", h -> hours(h.openingHours())).width(140),
                WindowsUi.<Hall>column(t, "hall.slotMinutes", Hall::slotMinutes).width(70),
                WindowsUi.<Hall>column(t, "hall.series", Hall::series).width(50)));
        hallTable.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String newHall = t.get("halls.new");
        Button newHallButton = hallTable.addButton(newHall, () -> hallDialog(null));
        String editHall = t.get("halls.edit");
        editHallButton = hallTable.addButton(editHall, () -> hallDialog(hallTable.selected()));
        newHallButton.setEnabled(WindowsUi.admin(site));
        hallTable.onSelection(h -> hallSelected());
        hallTable.onOpen(this::hallDialog);

        Composite bottom = new Composite(root, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        windowsTitle = new Label(bottom, SWT.NONE);
        windowsTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        windowTable = new DataTable<>(bottom, site, t.get("view.windows"), List.of(
                WindowsUi.<ServiceWindow>column(t, "window.number", ServiceWindow::number).width(60),
                WindowsUi.<ServiceWindow>column(t, "window.label", ServiceWindow::label).width(150),
                WindowsUi.<ServiceWindow>column(t, "window.type", w -> WindowsUi.label(t, w.type())).width(90),
                WindowsUi.<ServiceWindow>column(t, "window.matters", w -> String.join("、", w.matterCodes())).width(320),
                WindowsUi.<ServiceWindow>column(t, "window.state", w -> WindowsUi.label(t, w.state())).width(60)));
        windowTable.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String newWindow = t.get("windows.new");
        newWindowButton = windowTable.addButton(newWindow, () -> windowDialog(null));
        String editWindow = t.get("windows.edit");
        editWindowButton = windowTable.addButton(editWindow, () -> windowDialog(windowTable.selected()));
        String open = t.get("caller.open");
        openButton = windowTable.addButton(open, () -> setState(windowTable.selected(), WindowState.OPEN));
        String pause = t.get("caller.pause");
        pauseButton = windowTable.addButton(pause, () -> setState(windowTable.selected(), WindowState.PAUSED));
        String close = t.get("caller.close");
        closeButton = windowTable.addButton(close, () -> setState(windowTable.selected(), WindowState.CLOSED));
        windowTable.onSelection(w -> windowSelected());
        windowTable.onOpen(this::windowDialog);
        root.setWeights(1, 1);
        hallSelected();
        reload();
    }

    private Actor actor() {
        return site.session().actor();
    }

    private String zonesText(Hall h) {
        return Arrays.stream(HallZone.values()).filter(h.zones()::contains).map(z -> WindowsUi.label(t, z))
                .collect(Collectors.joining("、"));
    }

    static String hours(List<OpeningPeriod> periods) {
        return periods.stream().map(p -> p.from() + "-" + p.to()).collect(Collectors.joining(", "));
    }

    /** "09:00-12:00, 13:30-17:00" as periods; blank is null (the service's default). */
    private List<OpeningPeriod> parseHours(String text) {
        if (Strings.blank(text)) {
            return null;
        }
        List<OpeningPeriod> out = new ArrayList<>();
        for (String part : text.split("[,，;；\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] ends = part.split("[-－~～]");
            try {
                if (ends.length != 2) {
                    throw new DateTimeParseException(part, part, 0);
                }
                out.add(new OpeningPeriod(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
            } catch (DateTimeParseException e) {
                throw new ValidationException("openingHours", WindowsUi.MESSAGES.text("error.hours", part));
            }
        }
        return out;
    }

    private void hallSelected() {
        Hall h = hallTable.selected();
        editHallButton.setEnabled(WindowsUi.admin(site) && h != null);
        newWindowButton.setEnabled(WindowsUi.admin(site) && h != null);
        windowsTitle.setText(h == null ? t.get("windows.chooseHall") : t.get("windows.title", h.name()));
        loadWindows();
    }

    private void windowSelected() {
        ServiceWindow w = windowTable.selected();
        boolean serves = WindowsUi.serves(site) || WindowsUi.admin(site);
        editWindowButton.setEnabled(WindowsUi.admin(site) && w != null);
        openButton.setEnabled(serves && w != null && w.state() != WindowState.OPEN);
        pauseButton.setEnabled(serves && w != null && w.state() == WindowState.OPEN);
        closeButton.setEnabled(serves && w != null && w.state() != WindowState.CLOSED);
    }

    public void reload() {
        hallTable.load(t.get("halls.reading"),
                monitor -> halls.halls(actor(), HallQuery.ALL, PageRequest.ALL).items());
        hallSelected();
    }

    private void loadWindows() {
        Hall h = hallTable.selected();
        if (h == null) {
            windowTable.setRows(List.of());
        } else {
            windowTable.load(t.get("windows.reading"), monitor -> windows.windows(actor(), h.id()));
        }
        windowSelected();
    }

    public DataTable<Hall> hallTable() {
        return hallTable;
    }

    public DataTable<ServiceWindow> windowTable() {
        return windowTable;
    }

    public void selectHall(long id) {
        hallTable.rows().stream().filter(h -> h.id() == id).findFirst().ifPresent(hallTable::select);
        hallSelected();
    }

    private List<Choice<Long>> units() {
        List<OrgUnit> all = new ArrayList<>(org.units(actor()));
        all.sort(Comparator.comparing(OrgUnit::code));
        return all.stream().map(u -> new Choice<>(u.id(), u.name())).toList();
    }

    /** 新建/修改大厅 */
    public void hallDialog(Hall h) {
        if (!WindowsUi.admin(site)) {
            return;
        }
        List<Choice<String>> zoneChoices = Arrays.stream(HallZone.values())
                .map(z -> new Choice<>(z.name(), WindowsUi.label(t, z))).toList();
        Set<String> zones = h == null
                ? EnumSet.allOf(HallZone.class).stream().map(Enum::name).collect(Collectors.toSet())
                : h.zones().stream().map(Enum::name).collect(Collectors.toSet());
        List<Choice<Long>> units = units();
        FormDialog d = WindowsUi.dialog(site, t.get(h == null ? "halls.new" : "halls.edit"), t.get("halls.message"))
                .choice("unitId", t.get("hall.unit"), units,
                        h != null ? Long.valueOf(h.unitId()) : units.isEmpty() ? null : units.get(0).value())
                .text("code", t.get("hall.code"), h == null ? "" : h.code())
                .text("name", t.get("hall.name"), h == null ? "" : h.name())
                .text("address", t.get("hall.address"), h == null ? "" : h.address())
                .checks("zones", t.get("hall.zones"), zoneChoices, zones)
                .text("openingHours", t.get("hall.openingHours"),
                        h == null ? "09:00-12:00, 13:30-17:00" : hours(h.openingHours()))
                .text("slotMinutes", t.get("hall.slotMinutes"),
                        h == null ? "30" : String.valueOf(h.slotMinutes()))
                .text("series", t.get("hall.series"), h == null ? "A" : h.series());
        Hall[] saved = new Hall[1];
        d.onSave(f -> {
            HallDraft draft = new HallDraft(f.choice("unitId"), f.text("code").strip(), f.text("name").strip(),
                    Strings.blankToNull(f.text("address")),
                    f.checkedValues("zones").stream().map(HallZone::valueOf).collect(Collectors.toSet()),
                    parseHours(f.text("openingHours")), WindowsUi.number(t, "slotMinutes", f.text("slotMinutes")),
                    Strings.blankToNull(f.text("series")));
            saved[0] = h == null ? halls.create(actor(), draft) : halls.update(actor(), h.id(), draft);
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("halls.saved", saved[0].name()));
            reload();
            selectHall(saved[0].id());
        }
    }

    /** 新建/修改窗口: the matter codes it handles, one a line or separated by commas. */
    public void windowDialog(ServiceWindow w) {
        Hall h = hallTable.selected();
        if (h == null || !WindowsUi.admin(site)) {
            return;
        }
        FormDialog d = WindowsUi.dialog(site, t.get(w == null ? "windows.new" : "windows.edit"),
                t.get("windows.message", h.name()))
                .text("number", t.get("window.number"), w == null ? "" : w.number())
                .text("label", t.get("window.label"), w == null ? "" : w.label())
                .choice("type", t.get("window.type"), WindowsUi.choices(t, WindowType.class, false),
                        w == null ? WindowType.COMPREHENSIVE : w.type())
                .multiline("matterCodes", t.get("window.matters"),
                        w == null ? "" : String.join("\n", w.matterCodes()));
        ServiceWindow[] saved = new ServiceWindow[1];
        d.onSave(f -> {
            List<String> codes = Arrays.stream(f.text("matterCodes").split("[,，;；、\\s]+")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            WindowDraft draft = new WindowDraft(h.id(), f.text("number").strip(), Strings.blankToNull(f.text("label")),
                    f.choice("type"), codes);
            saved[0] = w == null ? windows.create(actor(), draft) : windows.update(actor(), w.id(), draft);
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("windows.saved", saved[0].number()));
            loadWindows();
        }
    }

    public void setState(ServiceWindow w, WindowState state) {
        if (w == null) {
            return;
        }
        try {
            ServiceWindow after = windows.setState(actor(), w.id(), state);
            site.status(t.get("caller.windowNow", after.number(), WindowsUi.label(t, after.state())));
        } catch (RuntimeException e) {
            site.showError(e);
        }
        loadWindows();
    }

    @Override
    public void setFocus() {
        hallTable.filterBox().setFocus();
    }
}
