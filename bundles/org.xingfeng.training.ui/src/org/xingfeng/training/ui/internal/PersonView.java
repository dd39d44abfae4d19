package org.xingfeng.training.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.training.api.attendance.Attendance;
import org.xingfeng.training.api.attendance.AttendanceQuery;
import org.xingfeng.training.api.attendance.AttendanceService;
import org.xingfeng.training.api.standing.PersonStanding;
import org.xingfeng.training.api.standing.StandingService;

/**
 * 培训档案: a member of staff's training history and where they stand (tier training, the yearly minimum and its
 * projection, certificates running out). Officers, auditors and administrators look anybody of their reach up by staff
 * number; every other member of staff sees their own record.
 */
public class PersonView implements ContributedView {

    private final ViewSite site;
    private final AttendanceService attendance;
    private final StandingService standing;
    private final OrgService org;
    private final Texts t;
    private final Composite root;
    private final Text number;
    private final Label summary;
    private final DataTable<Attendance> history;
    private PersonStanding shown;

    public PersonView(Composite parent, ViewSite site, AttendanceService attendance, StandingService standing,
            OrgService org) {
        this.site = site;
        this.attendance = attendance;
        this.standing = standing;
        this.org = org;
        this.t = Texts.of(site, PersonView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        new Label(bar, SWT.NONE).setText(t.get("staff.number"));
        number = new Text(bar, SWT.BORDER);
        number.setLayoutData(new GridData(140, SWT.DEFAULT));
        Button find = new Button(bar, SWT.PUSH);
        find.setText(t.get("person.find"));
        find.addListener(SWT.Selection, e -> show(number.getText()));
        boolean reader = TrainingUi.reader(site);
        number.setEnabled(reader);
        find.setEnabled(reader);
        summary = new Label(root, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        history = new DataTable<>(root, site, t.get("view.person"), List.of(
                TrainingUi.<Attendance>column(t, "session.day", Attendance::day).width(90),
                TrainingUi.<Attendance>column(t, "course.title", Attendance::courseTitle).width(200),
                TrainingUi.<Attendance>column(t, "attendance.mark",
                        a -> t.get("mark." + a.mark().name())).width(50),
                TrainingUi.<Attendance>column(t, "session.hours", Attendance::hours).width(60),
                TrainingUi.<Attendance>column(t, "attendance.score", Attendance::score).width(60),
                TrainingUi.<Attendance>column(t, "attendance.certificateNo", Attendance::certificateNo).width(120),
                TrainingUi.<Attendance>column(t, "attendance.validUntil", Attendance::certificateValidUntil)
                        .width(90)));
        history.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        history.addButton(t.get("person.print"), this::print);
        if (!reader) {
            showMine();
        }
    }

    private Actor actor() {
        return site.session().actor();
    }

    /** The record of the staff member with this number (in the reach). */
    public void show(String staffNumber) {
        Optional<Staff> staff = org.staffByNumber(actor(), staffNumber.strip());
        if (staff.isEmpty()) {
            summary.setText(t.get("person.unknown", staffNumber.strip()));
            history.setRows(List.of());
            shown = null;
            return;
        }
        long id = staff.get().id();
        site.run(t.get("person.reading"), monitor -> standing.person(actor(), id).orElse(null), this::showStanding);
        history.load(t.get("person.reading"), monitor -> attendance
                .list(actor(), new AttendanceQuery(null, null, null, id, null, null), PageRequest.EXPORT).items());
    }

    private void showMine() {
        site.run(t.get("person.reading"), monitor -> standing.mine(actor()).orElse(null), this::showStanding);
        history.load(t.get("person.reading"), monitor -> attendance.mine(actor()));
    }

    private void showStanding(PersonStanding p) {
        if (root.isDisposed()) {
            return;
        }
        shown = p;
        if (p == null) {
            summary.setText(t.get("person.none"));
            return;
        }
        summary.setText(t.get("person.summary", p.staffName(), p.staffNumber(), TrainingUi.label(t, p.tier()),
                t.get("RuleState." + p.tierTraining().name()),
                p.lastTrained() == null ? t.get("never") : p.lastTrained(), p.year(), p.daysThisYear(),
                p.hoursThisYear(), t.get("RuleState." + p.yearlyMinimum().name()), p.projectedHours(),
                p.projectedHoursShortfall(), p.certificates().size(), p.absencesThisYear(), p.excusedThisYear(),
                p.absenceRate() == null ? "—"
                        : p.absenceRate().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%"));
        root.layout(true, true);
    }

    /** Opens the print preview of the record shown (培训档案); null when none is. */
    public HistoryPrinter print() {
        if (shown == null) {
            site.status(t.get("person.printNone"));
            return null;
        }
        HistoryPrinter printer = new HistoryPrinter(site, shown.staffName() + "（" + shown.staffNumber() + "）",
                summary.getText(), history.rows());
        printer.open();
        return printer;
    }

    public PersonStanding standing() {
        return shown;
    }

    public Label summary() {
        return summary;
    }

    public DataTable<Attendance> history() {
        return history;
    }

    @Override
    public void setFocus() {
        number.setFocus();
    }
}
