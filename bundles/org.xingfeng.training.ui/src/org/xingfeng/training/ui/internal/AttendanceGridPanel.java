package org.xingfeng.training.ui.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.training.api.attendance.Attendance;
import org.xingfeng.training.api.attendance.AttendanceMark;
import org.xingfeng.training.api.attendance.AttendanceQuery;
import org.xingfeng.training.api.attendance.AttendanceService;
import org.xingfeng.training.api.courses.Course;
import org.xingfeng.training.api.courses.TrainingSession;

/**
 * 出勤表: a course's trainees by its sessions' days, each cell 出勤, 缺勤 or 请假, typed in place (a click opens the cell) and
 * saved at once; a mark the grid does not know is refused and nothing is saved.
 */
final class AttendanceGridPanel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final ViewSite site;
    private final AttendanceService attendance;
    private final OrgService org;
    private final Texts t;
    private final Composite root;
    private final Table table;
    private final Label message;
    private final TableEditor editor;
    private Course course;
    private List<TrainingSession> sessions = List.of();
    private List<AttendanceGrid.Row> rows = List.of();

    AttendanceGridPanel(Composite parent, ViewSite site, AttendanceService attendance, OrgService org, Texts t) {
        this.site = site;
        this.attendance = attendance;
        this.org = org;
        this.t = t;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        message = new Label(root, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        message.setText(t.get("grid.hint"));
        table = new Table(root, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        editor = new TableEditor(table);
        editor.grabHorizontal = true;
        table.addListener(SWT.MouseDown, e -> edit(new Point(e.x, e.y)));
    }

    Composite control() {
        return root;
    }

    private Actor actor() {
        return site.session().actor();
    }

    /** Reads the course's trainees and records (null: empties the grid). */
    void show(Course c, List<TrainingSession> courseSessions) {
        course = c;
        sessions = c == null ? List.of() : List.copyOf(courseSessions);
        if (c == null) {
            fill(List.of());
            return;
        }
        site.run(t.get("grid.reading"), monitor -> {
            List<Staff> staff = org.staff(actor(), new StaffQuery(c.unitId(), null, null, true, null),
                    PageRequest.EXPORT).items();
            List<Attendance> recorded = attendance.list(actor(), new AttendanceQuery(null, c.id(), null, null, null,
                    null), PageRequest.EXPORT).items();
            return AttendanceGrid.rows(staff, recorded);
        }, this::fill);
    }

    private void fill(List<AttendanceGrid.Row> newRows) {
        if (table.isDisposed()) {
            return;
        }
        rows = newRows;
        table.setRedraw(false);
        table.removeAll();
        for (TableColumn col : table.getColumns()) {
            col.dispose();
        }
        column(t.get("staff.number"), 110);
        column(t.get("staff.name"), 80);
        for (TrainingSession s : sessions) {
            column(DAY.format(s.day()), 60);
        }
        for (AttendanceGrid.Row r : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(r);
            item.setText(0, r.staffNumber() == null ? "" : r.staffNumber());
            item.setText(1, r.staffName() == null ? "" : r.staffName());
            for (int i = 0; i < sessions.size(); i++) {
                item.setText(i + 2, mark(r.marks().get(sessions.get(i).id())));
            }
        }
        table.setRedraw(true);
    }

    private void column(String text, int width) {
        TableColumn c = new TableColumn(table, SWT.CENTER);
        c.setText(text);
        c.setWidth(width);
    }

    private String mark(Attendance a) {
        return a == null ? "" : t.get(switch (a.mark()) {
            case PRESENT -> "grid.present";
            case EXCUSED -> "grid.excused";
            default -> "grid.absent";
        });
    }

    /** Opens the day cell under the point for typing; Enter or leaving it saves, Escape drops it. */
    private void edit(Point p) {
        if (!TrainingUi.officer(site)) {
            return;
        }
        TableItem item = table.getItem(p);
        if (item == null) {
            return;
        }
        for (int col = 2; col < table.getColumnCount(); col++) {
            Rectangle r = item.getBounds(col);
            if (r.contains(p)) {
                AttendanceGrid.Row row = (AttendanceGrid.Row) item.getData();
                TrainingSession s = sessions.get(col - 2);
                String before = item.getText(col);
                Text text = new Text(table, SWT.NONE);
                text.setText(before);
                text.selectAll();
                boolean[] done = { false };
                Runnable commit = () -> {
                    if (!done[0]) {
                        done[0] = true;
                        String typed = text.getText();
                        text.dispose();
                        if (!typed.strip().equals(before)) {
                            set(row.staffId(), s.id(), typed);
                        }
                    }
                };
                text.addListener(SWT.DefaultSelection, e -> commit.run());
                text.addListener(SWT.FocusOut, e -> commit.run());
                text.addListener(SWT.Traverse, e -> {
                    if (e.detail == SWT.TRAVERSE_ESCAPE) {
                        done[0] = true;
                        text.dispose();
                    }
                });
                editor.setEditor(text, item, col);
                text.setFocus();
                return;
            }
        }
    }

    /**
     * Marks a trainee at a session and saves at once; the error shown (and returned) when the mark is not one the
     * grid knows or the service refuses it, null when saved. An empty mark changes nothing.
     */
    String set(long staffId, long sessionId, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        AttendanceGrid.Row row = rows.stream().filter(r -> r.staffId() == staffId).findFirst().orElse(null);
        AttendanceMark present = AttendanceGrid.parse(typed);
        String error = null;
        if (row == null) {
            error = t.get("grid.unknownStaff", staffId);
        } else if (present == null) {
            error = t.get("grid.badMark", typed.strip());
        } else {
            try {
                Attendance saved = attendance.record(actor(), sessionId,
                        AttendanceGrid.draft(staffId, present, row.marks().get(sessionId)));
                row.marks().put(sessionId, saved);
            } catch (XingfengException e) {
                error = t.error(e);
            }
        }
        message.setText(error == null ? t.get("grid.saved") : error);
        fill(new ArrayList<>(rows));
        return error;
    }

    /** The mark shown for a trainee at a session ("" when none or not listed). */
    String cell(long staffId, long sessionId) {
        return rows.stream().filter(r -> r.staffId() == staffId).findFirst()
                .map(r -> mark(r.marks().get(sessionId))).orElse("");
    }

    List<AttendanceGrid.Row> rows() {
        return rows;
    }

    Table table() {
        return table;
    }

    String message() {
        return message.getText();
    }
}
