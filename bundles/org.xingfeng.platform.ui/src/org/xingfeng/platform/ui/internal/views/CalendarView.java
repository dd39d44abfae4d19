package org.xingfeng.platform.ui.internal.views;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.calendar.CalendarAdmin;
import org.xingfeng.platform.api.calendar.DayKind;
import org.xingfeng.platform.api.calendar.SpecialDay;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.Confirm;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;

/** A year of the working-day calendar: its special days as a list and as month grids, edited by administrators. */
public class CalendarView implements ContributedView {

    private final ViewSite site;
    private final CalendarAdmin admin;
    private final WorkingDayCalendar calendar;
    private final Texts t;
    private final boolean isAdmin;
    private final Composite root;
    private final Combo yearBox;
    private final Label summary;
    private final DataTable<SpecialDay> days;
    private final YearGrid grid;
    private final Text from;
    private final Text to;
    private final Label result;
    private final Button edit;
    private final Button remove;
    private int year;

    public CalendarView(Composite parent, ViewSite site, CalendarAdmin admin, WorkingDayCalendar calendar) {
        this.site = site;
        this.admin = admin;
        this.calendar = calendar;
        this.t = Texts.of(site, CalendarView.class);
        this.isAdmin = ViewTexts.isAdmin(site);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));

        Composite top = new Composite(root, SWT.NONE);
        top.setLayout(new GridLayout(3, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(top, SWT.NONE).setText(t.get("calendar.year"));
        yearBox = new Combo(top, SWT.READ_ONLY);
        summary = new Label(top, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        TreeSet<Integer> years = new TreeSet<>(admin.years());
        int now = site.time().today().getYear();
        years.add(now - 1);
        years.add(now);
        years.add(now + 1);
        for (int y : years) {
            yearBox.add(String.valueOf(y));
        }
        yearBox.addListener(SWT.Selection, e -> showYear(Integer.parseInt(yearBox.getText())));

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        days = new DataTable<>(sash, site, t.get("calendar.calendar"), List.of(
                Column.<SpecialDay>of(t.get("calendar.date"), SpecialDay::date).width(100),
                Column.<SpecialDay>of(t.get("calendar.weekday"), d -> ViewTexts.weekday(t, d.date())).width(70),
                Column.<SpecialDay>of(t.get("calendar.kind"), d -> ViewTexts.dayKind(t, d.kind())).width(130),
                Column.<SpecialDay>of(t.get("common.name"), SpecialDay::name).width(110)));
        Button add = days.addButton(t.get("calendar.add"), () -> dayDialog(null, null));
        edit = days.addButton(t.get("calendar.change"), () -> dayDialog(days.selected(), null));
        remove = days.addButton(t.get("calendar.remove"), () -> removeDay(days.selected()));
        add.setEnabled(isAdmin);
        days.onSelection(d -> {
            edit.setEnabled(isAdmin && d != null);
            remove.setEnabled(isAdmin && d != null);
        });
        days.onOpen(d -> {
            if (isAdmin) {
                dayDialog(d, null);
            }
        });
        edit.setEnabled(false);
        remove.setEnabled(false);

        ScrolledComposite scroll = new ScrolledComposite(sash, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        grid = new YearGrid(scroll, t, now);
        scroll.setContent(grid);
        grid.setSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        grid.onDoubleClick(date -> {
            if (isAdmin) {
                SpecialDay existing = days.rows().stream().filter(d -> d.date().equals(date)).findFirst().orElse(null);
                dayDialog(existing, date);
            }
        });
        sash.setWeights(2, 3);

        Composite count = new Composite(root, SWT.NONE);
        count.setLayout(new GridLayout(6, false));
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(count, SWT.NONE).setText(t.get("calendar.workingDaysAfter"));
        from = new Text(count, SWT.BORDER);
        from.setMessage("yyyy-MM-dd");
        from.setLayoutData(new GridData(100, SWT.DEFAULT));
        new Label(count, SWT.NONE).setText(t.get("calendar.excludedUp"));
        to = new Text(count, SWT.BORDER);
        to.setMessage("yyyy-MM-dd");
        to.setLayoutData(new GridData(100, SWT.DEFAULT));
        Button compute = new Button(count, SWT.PUSH);
        compute.setText(t.get("calendar.count"));
        compute.addListener(SWT.Selection, e -> countWorkingDays());
        result = new Label(count, SWT.NONE);
        result.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        yearBox.select(yearBox.indexOf(String.valueOf(now)));
        showYear(now);
    }

    public Composite control() {
        return root;
    }

    public DataTable<SpecialDay> days() {
        return days;
    }

    public int year() {
        return year;
    }

    /** Shows a year: its special days, the grid, and its count of working days. */
    public void showYear(int shown) {
        year = shown;
        if (yearBox.indexOf(String.valueOf(shown)) < 0) {
            yearBox.add(String.valueOf(shown));
        }
        yearBox.select(yearBox.indexOf(String.valueOf(shown)));
        site.run(t.get("calendar.readingCalendar"), monitor -> new YearData(admin.specialDays(shown),
                calendar.workingDaysBetween(LocalDate.of(shown - 1, 12, 31), LocalDate.of(shown, 12, 31))), data -> {
                    if (root.isDisposed()) {
                        return;
                    }
                    days.setRows(data.days());
                    grid.show(shown, data.days());
                    long off = data.days().stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
                    long on = data.days().size() - off;
                    summary.setText(t.get("calendar.yearSummary", shown, data.workingDays(), off, on));
                    summary.getParent().layout();
                });
    }

    private record YearData(List<SpecialDay> days, int workingDays) {
    }

    /** Counts the working days in (from, to]; shows a message for a bad date. */
    public void countWorkingDays() {
        try {
            LocalDate a = ViewTexts.date("from", from.getText(), false);
            LocalDate b = ViewTexts.date("to", to.getText(), false);
            int n = calendar.workingDaysBetween(a, b);
            result.setForeground(null);
            result.setText(t.get("calendar.workingDays", n));
        } catch (ValidationException e) {
            result.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
            result.setText(t.error(e));
        }
        result.getParent().layout();
    }

    public void setRange(String fromText, String toText) {
        from.setText(fromText);
        to.setText(toText);
    }

    public String countResult() {
        return result.getText();
    }

    public String summary() {
        return summary.getText();
    }

    /** The special-day form: {@code day} to change, else a new day (on {@code date} if given). */
    public void dayDialog(SpecialDay day, LocalDate date) {
        LocalDate initial = day != null ? day.date() : date;
        FormDialog d = new FormDialog(site, t.get(day == null ? "calendar.addDay" : "calendar.changeDay"),
                t.get("calendar.holidayWeekdayOffAdjusted"))
                .text("date", t.get("calendar.date"), initial == null ? "" : initial.toString())
                .choice("kind", t.get("calendar.kind"),
                        List.of(new Choice<>(DayKind.HOLIDAY, ViewTexts.dayKind(t, DayKind.HOLIDAY)),
                                new Choice<>(DayKind.WORKDAY, ViewTexts.dayKind(t, DayKind.WORKDAY))),
                        day == null ? DayKind.HOLIDAY : day.kind())
                .text("name", t.get("common.name"), day == null ? "" : day.name());
        SpecialDay[] saved = new SpecialDay[1];
        d.onSave(f -> {
            LocalDate at = ViewTexts.date("date", f.text("date"), false);
            if (day != null && !Objects.equals(at, day.date())) {
                throw new ValidationException("date", ViewTexts.MESSAGES.text("error.dateCannotChangeRemove"));
            }
            saved[0] = admin.put(site.session().actor(), new SpecialDay(at, f.choice("kind"), f.text("name").strip()));
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("calendar.saved", saved[0].date()));
            showYear(saved[0].date().getYear());
        }
    }

    public void removeDay(SpecialDay day) {
        if (day == null || !Confirm.ask(site, t.get("calendar.removeQuestion", day.date(), day.name()))) {
            return;
        }
        try {
            admin.remove(site.session().actor(), day.date());
            site.status(t.get("calendar.removed", day.date()));
        } catch (RuntimeException e) {
            site.showError(e);
        }
        showYear(year);
    }

    @Override
    public void setFocus() {
        yearBox.setFocus();
    }
}
