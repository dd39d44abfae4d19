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
        this.t = Texts.of(site);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite filters = new Composite(root, SWT.NONE);
        filters.setLayout(new GridLayout(8, false));
        new Label(filters, SWT.NONE).setText(t.t("单位", "Unit"));
        unit = new ChoiceBox<>(filters, EvalTexts.units(org, site.session().actor(), t, true), 170);
        new Label(filters, SWT.NONE).setText(t.t("状态", "State"));
        List<Choice<TaskStatus>> states = new ArrayList<>();
        states.add(new Choice<>(null, t.t("（全部）", "(any)")));
        Arrays.stream(TaskStatus.values()).forEach(s -> states.add(new Choice<>(s, EvalTexts.taskStatus(t, s))));
        status = new ChoiceBox<>(filters, states, 100);
        overdueOnly = new Button(filters, SWT.CHECK);
        overdueOnly.setText(t.t("只看超期", "Overdue only"));
        new Label(filters, SWT.NONE).setText(t.t("关键词", "Words"));
        search = new Text(filters, SWT.BORDER);
        search.setLayoutData(new GridData(120, SWT.DEFAULT));
        Button go = new Button(filters, SWT.PUSH);
        go.setText(t.t("查询", "Search"));
        go.addListener(SWT.Selection, e -> reload());
        counts = new Label(root, SWT.NONE);
        counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        table = new DataTable<>(root, site, "整改任务", "Rectification tasks", List.of(
                Column.<TaskRow>of("编号", "Id", r -> r.task().id()).width(50),
                Column.<TaskRow>of("单位", "Unit", TaskRow::unitName).width(100),
                Column.<TaskRow>of("来源", "Source", r -> EvalTexts.source(t, r.task().source())).width(60),
                Column.<TaskRow>of("序号", "No.", r -> r.task().itemNumber()).width(45),
                Column.<TaskRow>of("目标要求", "Goal", r -> r.task().goal()).width(150),
                Column.<TaskRow>of("工作内容及要求", "Work and requirement", r -> r.task().content()).width(240),
                Column.<TaskRow>of("牵头科室", "Lead", r -> r.task().leadDepartment()).width(80),
                Column.<TaskRow>of("完成时限", "Deadline", r -> r.task().deadlineText() != null ? r.task().deadlineText()
                        : r.task().deadline()).width(90),
                Column.<TaskRow>of("状态", "State", r -> EvalTexts.taskStatus(t, r.task().status())).width(60),
                Column.<TaskRow>of("超期", "Overdue", r -> r.task().overdue() ? t.t("超期", "overdue") : "").width(45),
                Column.<TaskRow>of("自查情况", "Self-check", r -> r.task().selfCheck()).width(150),
                Column.<TaskRow>of("下一步改进措施", "Next steps", r -> r.task().nextSteps()).width(130),
                Column.<TaskRow>of("到期日", "Due", r -> r.task().dueDate()).width(90),
                Column.<TaskRow>of("销号佐证", "Evidence", r -> r.task().closure() == null ? "" : r.task().closure().evidence()).width(150),
                Column.<TaskRow>of("销号人", "Closed by", r -> r.task().closure() == null ? "" : r.task().closure().closedBy()).width(70)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        boolean officer = EvalTexts.officer(site);
        table.addButton("生成自查任务", "Self-check tasks", this::instantiate).setEnabled(officer);
        table.addButton("新增任务", "New task", this::createDialog).setEnabled(officer);
        updateButton = table.addButton("自查填报", "Self-check entry", () -> updateDialog(table.selected()));
        closeButton = table.addButton("销号", "Close off", () -> closeDialog(table.selected()));
        reopenButton = table.addButton("重新打开", "Reopen", () -> reopenDialog(table.selected()));
        table.addButton("导出自查表", "Export sheet", this::exportSheet);
        table.addButton("导入自查表…", "Import sheet…", this::chooseSheet).setEnabled(officer);
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
        TaskQuery q = new TaskQuery(unit.value(), status.value(), overdueOnly.getSelection() ? Boolean.TRUE : null, null, null,
                Strings.blankToNull(search.getText()));
        site.run(t.t("读取整改任务", "Reading tasks"), monitor -> {
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
            sb.append(t.t("超期 ", "overdue ")).append(late);
            counts.setText(sb.toString());
            selected(table.selected());
            root.layout(true, true);
        });
    }

    private Long unitOrAsk() {
        Long u = unit.value();
        if (u == null) {
            site.showError(new ValidationException("unitId", "请先在上方选择单位 (choose a unit above first)"));
        }
        return u;
    }

    /** Makes the unit's 34 tasks from the self-check table of the 2019 work plan (once per unit). */
    public void instantiate() {
        Long u = unitOrAsk();
        if (u == null || !Confirm.ask(site, "按《行风建设自查表》为所选单位生成 34 项整改任务？",
                "Create the self-check table's 34 tasks for the chosen unit?")) {
            return;
        }
        site.run(t.t("生成自查任务", "Creating self-check tasks"), monitor -> tasks.instantiate(site.session().actor(),
                RectificationTaskService.SELF_CHECK_2019, u), created -> {
                    site.status(t.t("已生成 " + created.size() + " 项任务", created.size() + " tasks created"));
                    reload();
                });
    }

    /** A single task entered by hand for the chosen unit. */
    public void createDialog() {
        List<Choice<Long>> units = EvalTexts.units(org, site.session().actor(), t, false);
        FormDialog d = new FormDialog(site, "新增整改任务", "New task", "完成时限可写日期（yyyy-MM-dd）或文字（如“长期”）。",
                "The deadline is a date (yyyy-MM-dd) or words (e.g. 长期).")
                .choice("unitId", "单位", "Unit", units, unit.value() != null ? unit.value() : units.isEmpty() ? null : units.get(0).value())
                .text("goal", "目标要求", "Goal", "")
                .multiline("content", "工作内容及要求", "Work and requirement", "")
                .text("leadDepartment", "牵头科室", "Lead department", "")
                .text("responsibleDepartments", "责任科室", "Responsible (、 separated)", "")
                .text("deadline", "完成时限", "Deadline", "");
        d.onSave(f -> {
            Long u = f.choice("unitId");
            if (u == null) {
                throw new ValidationException("unitId", "单位必选 (choose a unit)");
            }
            String deadline = f.text("deadline").strip();
            java.time.LocalDate date = null;
            String text = null;
            if (deadline.matches("\\d{4}-\\d{2}-\\d{2}")) {
                date = EvalTexts.date("deadline", deadline, false);
            } else if (!deadline.isEmpty()) {
                text = deadline;
            }
            tasks.create(site.session().actor(), new TaskDraft(u, Strings.blankToNull(f.text("goal")), f.text("content"),
                    Strings.blankToNull(f.text("leadDepartment")), split(f.text("responsibleDepartments")), text, date));
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.t("已新增任务", "Task added"));
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
        FormDialog d = new FormDialog(site, "自查填报", "Self-check entry", x.content(), x.content())
                .choice("status", "状态", "State", states, x.status())
                .multiline("selfCheck", "自查情况", "Self-check findings", x.selfCheck())
                .multiline("nextSteps", "下一步改进措施", "Next steps", x.nextSteps())
                .text("nextStepsDeadline", "措施完成时限", "Next steps by", x.nextStepsDeadline() == null ? ""
                        : x.nextStepsDeadline().toString());
        d.onSave(f -> {
            var by = EvalTexts.date("nextStepsDeadline", f.text("nextStepsDeadline"), true);
            tasks.update(site.session().actor(), x.id(), new TaskUpdate(null, null, null, null, null, null, f.choice("status"),
                    f.text("selfCheck"), f.text("nextSteps"), by, by == null && x.nextStepsDeadline() != null ? Boolean.TRUE : null));
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.t("已保存自查情况", "Self-check saved"));
            reload();
        }
    }

    /** 销号: closes the task off with the evidence (and attachment names or links, one a line). */
    public void closeDialog(TaskRow r) {
        if (r == null) {
            return;
        }
        FormDialog d = new FormDialog(site, "销号", "Close off", r.task().content(), r.task().content())
                .multiline("evidence", "佐证材料说明", "Evidence", "")
                .multiline("attachments", "附件名称或链接（每行一个）", "Attachments (one a line)", "");
        d.onSave(f -> tasks.close(site.session().actor(), r.task().id(), f.text("evidence"),
                Arrays.stream(f.text("attachments").split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
        if (d.open() == FormDialog.OK) {
            site.status(t.t("已销号", "Closed off"));
            reload();
        }
    }

    /** Reopens a closed-off task, with the reason. */
    public void reopenDialog(TaskRow r) {
        if (r == null) {
            return;
        }
        FormDialog d = new FormDialog(site, "重新打开", "Reopen", r.task().content(), r.task().content())
                .multiline("reason", "重新打开原因", "Reason", "");
        d.onSave(f -> tasks.reopen(site.session().actor(), r.task().id(), f.text("reason")));
        if (d.open() == FormDialog.OK) {
            site.status(t.t("已重新打开", "Reopened"));
            reload();
        }
    }

    /** The unit's tasks in the self-check table's layout, to fill in and import again. */
    public void exportSheet() {
        Long u = unitOrAsk();
        if (u == null) {
            return;
        }
        site.run(t.t("生成自查表", "Building the self-check sheet"), monitor -> tasks.selfCheckSheet(site.session().actor(), u), site::exportXlsx);
    }

    private void chooseSheet() {
        FileDialog dialog = new FileDialog(site.shell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.xlsx"});
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
        site.run(t.t("导入自查表", "Importing the self-check sheet"), monitor -> {
            monitor.beginTask(t.t("导入自查表", "Importing the self-check sheet"), 2);
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
                    details.add(new FieldError(e.column(), e.row(), "第 " + e.row() + " 行 " + e.column() + "：" + e.message()));
                }
                site.showError(new ValidationException("自查表有 " + report.errors().size() + " 行错误，未导入任何内容 ("
                        + report.errors().size() + " bad rows, nothing imported):\n" + String.join("\n",
                                details.stream().map(FieldError::message).toList()), details));
                return;
            }
            site.status(t.t("已导入自查表：更新 " + report.updated() + " 项", "Sheet imported: " + report.updated() + " tasks updated"));
            reload();
        });
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
