package org.xingfeng.evaluations.ui.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.evaluations.api.tasks.RectificationTask;
import org.xingfeng.evaluations.api.tasks.RectificationTaskService;
import org.xingfeng.evaluations.api.tasks.TaskDraft;
import org.xingfeng.evaluations.api.tasks.TaskQuery;
import org.xingfeng.evaluations.api.tasks.TaskStatus;
import org.xingfeng.evaluations.api.tasks.TaskUpdate;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.RowError;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.Confirm;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * 整改任务: the rectification tasks of a unit (and the units below it) by state, with the count in each state
 * and overdue ones flagged; the 34-item self-check table instantiated for a unit; self-check entries (自查情况,
 * 下一步措施); 销号 with evidence; reopening with a reason; the unit's self-check sheet exported and imported
 * back as XLSX (a dry run first: a sheet with any bad row changes nothing).
 */
public class TasksView implements ContributedView {

    /** A task with its unit's name. */
    public record TaskRow(RectificationTask task, String unitName) {
    }

    private final ViewSite site;
    private final RectificationTaskService tasks;
    private final OrgService org;
    private final Texts t;
    private final Composite root;
    private final ChoiceBox<Long> unit;
    private final ChoiceBox<TaskStatus> status;
    private final Button overdueOnly;
    private final Text search;
    private final Label counts;
    private final DataTable<TaskRow> table;
    private final Button updateButton;
    private final Button closeButton;
    private final Button reopenButton;
    private ImportReport lastImport;

    public TasksView(Composite parent, ViewSite site, RectificationTaskService tasks, OrgService org) {
        this.site = site;
        this.tasks = tasks;
        this.org = org;
        this.t = Texts.of(site, TasksView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite filters = new Composite(root, SWT.NONE);
        filters.setLayout(new GridLayout(8, false));
        new Label(filters, SWT.NONE).setText(t.get("common.unit"));
        unit = new ChoiceBox<>(filters, EvalTexts.units(org, site.session().actor(), t, true), 170);
        new Label(filters, SWT.NONE).setText(t.get("common.state"));
        List<Choice<TaskStatus>> states = new ArrayList<>();
        states.add(new Choice<>(null, t.get("common.any")));
        Arrays.stream(TaskStatus.values()).forEach(s -> states.add(new Choice<>(s, EvalTexts.taskStatus(t, s))));
        status = new ChoiceBox<>(filters, states, 100);
        overdueOnly = new Button(filters, SWT.CHECK);
        overdueOnly.setText(t.get("common.overdueOnly"));
        new Label(filters, SWT.NONE).setText(t.get("tasks.words"));
        search = new Text(filters, SWT.BORDER);
        search.setLayoutData(new GridData(120, SWT.DEFAULT));
        Button go = new Button(filters, SWT.PUSH);
        go.setText(t.get("common.search"));
        go.addListener(SWT.Selection, e -> reload());
        counts = new Label(root, SWT.NONE);
        counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        table = new DataTable<>(root, site, t.get("tasks.title"), List.of(
                Column.<TaskRow>of(t.get("common.id"), r -> r.task().id()).width(50),
                Column.<TaskRow>of(t.get("common.unit"), TaskRow::unitName).width(100),
                Column.<TaskRow>of(t.get("tasks.source"), r -> EvalTexts.source(t, r.task().source())).width(60),
                Column.<TaskRow>of(t.get("tasks.no"), r -> r.task().itemNumber()).width(45),
                Column.<TaskRow>of(t.get("tasks.goal"), r -> r.task().goal()).width(150),
                Column.<TaskRow>of(t.get("tasks.workRequirement"), r -> r.task().content()).width(240),
                Column.<TaskRow>of(t.get("tasks.lead"), r -> r.task().leadDepartment()).width(80),
                Column.<TaskRow>of(t.get("tasks.deadline"),
                        r -> r.task().deadlineText() != null ? r.task().deadlineText()
                                : r.task().deadline())
                        .width(90),
                Column.<TaskRow>of(t.get("common.state"), r -> EvalTexts.taskStatus(t, r.task().status())).width(60),
                Column.<TaskRow>of(t.get("common.overdue"), r -> r.task().overdue() ? t.get("common.overdueMark") : "")
                        .width(45),
                Column.<TaskRow>of(t.get("tasks.selfCheck"), r -> r.task().selfCheck()).width(150),
                Column.<TaskRow>of(t.get("tasks.nextSteps"), r -> r.task().nextSteps()).width(130),
                Column.<TaskRow>of(t.get("tasks.due"), r -> r.task().dueDate()).width(90),
                Column.<TaskRow>of(t.get("tasks.evidence"),
                        r -> r.task().closure() == null ? "" : r.task().closure().evidence()).width(150),
                Column.<TaskRow>of(t.get("tasks.closed"),
                        r -> r.task().closure() == null ? "" : r.task().closure().closedBy()).width(70)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        boolean officer = EvalTexts.officer(site);
        table.addButton(t.get("tasks.selfCheckTasks"), this::instantiate).setEnabled(officer);
        table.addButton(t.get("tasks.newTask"), this::createDialog).setEnabled(officer);
        updateButton = table.addButton(t.get("tasks.selfCheckEntry"), () -> updateDialog(table.selected()));
        closeButton = table.addButton(t.get("tasks.closeOff"), () -> closeDialog(table.selected()));
        reopenButton = table.addButton(t.get("tasks.reopen"), () -> reopenDialog(table.selected()));
        table.addButton(t.get("tasks.exportSheet"), this::exportSheet);
        table.addButton(t.get("tasks.importSheet"), this::chooseSheet).setEnabled(officer);
        table.onSelection(this::selected);
        table.onOpen(this::updateDialog);
        selected(null);
        reload();
    }

    private void selected(TaskRow r) {
        boolean officer = EvalTexts.officer(site);
        boolean closed = r != null && r.task().status() == TaskStatus.CLOSED;
        updateButton.setEnabled(officer && r != null && !closed);
        closeButton.setEnabled(officer && r != null && !closed);
        reopenButton.setEnabled(officer && closed);
    }

    public Composite control() {
        return root;
    }

    public DataTable<TaskRow> table() {
        return table;
    }

    public String countsText() {
        return counts.getText();
    }

    public ImportReport lastImport() {
        return lastImport;
    }

    public void setFilters(Long unitId, TaskStatus s, boolean overdue, String words) {
        unit.select(unitId);
        status.select(s);
        overdueOnly.setSelection(overdue);
        search.setText(words == null ? "" : words);
    }

    /** Loads the tasks of the filters (all of them, every page) and counts them by state. */
    public void reload() {
        TaskQuery q = new TaskQuery(unit.value(), status.value(), overdueOnly.getSelection() ? Boolean.TRUE : null,
                null, null,
                Strings.blankToNull(search.getText()));
        site.run(t.get("tasks.readingTasks"), monitor -> {
            Map<Long, String> names = EvalTexts.unitNames(org, site.session().actor());
            List<TaskRow> rows = new ArrayList<>();
            int page = 0;
            while (true) {
                var p = tasks.tasks(site.session().actor(), q, new PageRequest(page, PageRequest.MAX_SIZE));
                p.items().forEach(x -> rows.add(new TaskRow(x, names.getOrDefault(x.unitId(), ""))));
                if (monitor.isCanceled()) {
                    throw new org.eclipse.core.runtime.OperationCanceledException();
                }
                if ((long) (page + 1) * PageRequest.MAX_SIZE >= p.total()) {
                    return rows;
                }
                page++;
            }
        }, (List<TaskRow> rows) -> {
            if (root.isDisposed()) {
                return;
            }
            table.setRows(rows);
            Map<TaskStatus, Integer> byStatus = new EnumMap<>(TaskStatus.class);
            rows.forEach(r -> byStatus.merge(r.task().status(), 1, Integer::sum));
            long late = rows.stream().filter(r -> r.task().overdue()).count();
            StringBuilder sb = new StringBuilder();
            for (TaskStatus s : TaskStatus.values()) {
                sb.append(EvalTexts.taskStatus(t, s)).append(' ').append(byStatus.getOrDefault(s, 0)).append(" · ");
            }
            sb.append(t.get("tasks.overdue", late));
            counts.setText(sb.toString());
            selected(table.selected());
            root.layout(true, true);
        });
    }

    private Long unitOrAsk() {
        Long u = unit.value();
        if (u == null) {
            site.showError(new ValidationException("unitId", EvalTexts.MESSAGES.text("error.chooseUnitAboveFirst")));
        }
        return u;
    }

    /** Makes the unit's 34 tasks from the self-check table of the 2019 work plan (once per unit). */
    public void instantiate() {
        Long u = unitOrAsk();
        if (u == null || !Confirm.ask(site, t.get("tasks.createSelfCheckTable"))) {
            return;
        }
        site.run(t.get("tasks.creatingSelfCheckTasks"), monitor -> tasks.instantiate(site.session().actor(),
                RectificationTaskService.SELF_CHECK_2019, u), created -> {
                    site.status(t.get("tasks.tasksCreated", created.size()));
                    reload();
                });
    }

    /** A single task entered by hand for the chosen unit. */
    public void createDialog() {
        List<Choice<Long>> units = EvalTexts.units(org, site.session().actor(), t, false);
        FormDialog d = new FormDialog(site, t.get("tasks.newTaskTitle"), t.get("tasks.deadlineHint"))
                .choice("unitId", t.get("common.unit"), units,
                        unit.value() != null ? unit.value() : units.isEmpty() ? null : units.get(0).value())
                .text("goal", t.get("tasks.goal"), "")
                .multiline("content", t.get("tasks.workRequirement"), "")
                .text("leadDepartment", t.get("tasks.leadDepartment"), "")
                .text("responsibleDepartments", t.get("tasks.responsibleDepartments"), "")
                .text("deadline", t.get("tasks.deadline"), "");
        d.onSave(f -> {
            Long u = f.choice("unitId");
            if (u == null) {
                throw new ValidationException("unitId", EvalTexts.MESSAGES.text("error.unitRequired"));
            }
            String deadline = f.text("deadline").strip();
            java.time.LocalDate date = null;
            String text = null;
            if (deadline.matches("\\d{4}-\\d{2}-\\d{2}")) {
                date = EvalTexts.date("deadline", deadline, false);
            } else if (!deadline.isEmpty()) {
                text = deadline;
            }
            tasks.create(site.session().actor(),
                    new TaskDraft(u, Strings.blankToNull(f.text("goal")), f.text("content"),
                            Strings.blankToNull(f.text("leadDepartment")), split(f.text("responsibleDepartments")),
                            text, date));
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("tasks.taskAdded"));
            reload();
        }
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split("[、,，;；\\n]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** 自查填报: the unit's state, self-check findings and next steps (with their own deadline). */
    public void updateDialog(TaskRow r) {
        if (r == null || r.task().status() == TaskStatus.CLOSED || !EvalTexts.officer(site)) {
            return;
        }
        RectificationTask x = r.task();
        List<Choice<TaskStatus>> states = Arrays.stream(TaskStatus.values()).filter(s -> s != TaskStatus.CLOSED)
                .map(s -> new Choice<>(s, EvalTexts.taskStatus(t, s))).toList();
        FormDialog d = new FormDialog(site, t.get("tasks.selfCheckEntry"), x.content())
                .choice("status", t.get("common.state"), states, x.status())
                .multiline("selfCheck", t.get("tasks.selfCheckFindings"), x.selfCheck())
                .multiline("nextSteps", t.get("tasks.nextSteps"), x.nextSteps())
                .text("nextStepsDeadline", t.get("tasks.nextStepsBy"), x.nextStepsDeadline() == null ? ""
                        : x.nextStepsDeadline().toString());
        d.onSave(f -> {
            var by = EvalTexts.date("nextStepsDeadline", f.text("nextStepsDeadline"), true);
            tasks.update(site.session().actor(), x.id(),
                    new TaskUpdate(null, null, null, null, null, null, f.choice("status"),
                            f.text("selfCheck"), f.text("nextSteps"), by,
                            by == null && x.nextStepsDeadline() != null ? Boolean.TRUE : null));
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("tasks.selfCheckSaved"));
            reload();
        }
    }

    /** 销号: closes the task off with the evidence (and attachment names or links, one a line). */
    public void closeDialog(TaskRow r) {
        if (r == null) {
            return;
        }
        FormDialog d = new FormDialog(site, t.get("tasks.closeOff"), r.task().content())
                .multiline("evidence", t.get("tasks.evidenceNote"), "")
                .multiline("attachments", t.get("tasks.attachmentsOneLine"), "");
        d.onSave(f -> tasks.close(site.session().actor(), r.task().id(), f.text("evidence"),
                Arrays.stream(f.text("attachments").split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList()));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("tasks.closedOff"));
            reload();
        }
    }

    /** Reopens a closed-off task, with the reason. */
    public void reopenDialog(TaskRow r) {
        if (r == null) {
            return;
        }
        FormDialog d = new FormDialog(site, t.get("tasks.reopen"), r.task().content())
                .multiline("reason", t.get("tasks.reason"), "");
        d.onSave(f -> tasks.reopen(site.session().actor(), r.task().id(), f.text("reason")));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("tasks.reopened"));
            reload();
        }
    }

    /** The unit's tasks in the self-check table's layout, to fill in and import again. */
    public void exportSheet() {
        Long u = unitOrAsk();
        if (u == null) {
            return;
        }
        site.run(t.get("tasks.buildingSelfCheckSheet"), monitor -> tasks.selfCheckSheet(site.session().actor(), u),
                site::exportXlsx);
    }

    private void chooseSheet() {
        FileDialog dialog = new FileDialog(site.shell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.xlsx" });
        String file = dialog.open();
        if (file != null) {
            importSheet(Path.of(file));
        }
    }

    /**
     * Imports a filled-in self-check sheet for the chosen unit, in the background: a dry run first; a sheet with
     * bad rows is shown row by row and changes nothing; a good one is then stored.
     */
    public void importSheet(Path file) {
        Long u = unitOrAsk();
        if (u == null) {
            return;
        }
        site.run(t.get("tasks.importingSelfCheckSheet"), monitor -> {
            monitor.beginTask(t.get("tasks.importingSelfCheckSheet"), 2);
            ImportReport dry;
            try (InputStream in = Files.newInputStream(file)) {
                dry = tasks.importSelfCheckSheet(site.session().actor(), u, in, true);
            }
            monitor.worked(1);
            if (!dry.ok()) {
                return dry;
            }
            if (monitor.isCanceled()) {
                throw new org.eclipse.core.runtime.OperationCanceledException();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return tasks.importSelfCheckSheet(site.session().actor(), u, in, false);
            }
        }, (ImportReport report) -> {
            lastImport = report;
            if (!report.ok()) {
                List<FieldError> details = new ArrayList<>();
                for (RowError e : report.errors()) {
                    details.add(new FieldError(e.column(), e.row(),
                            t.get("tasks.rowError", e.row(), e.column(), e.message())));
                }
                site.showError(
                        new ValidationException(EvalTexts.MESSAGES.text("error.selfCheckRows", report.errors().size(),
                                String.join("\n", details.stream().map(FieldError::message).toList())), details));
                return;
            }
            site.status(t.get("tasks.sheetImported", report.updated()));
            reload();
        });
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
