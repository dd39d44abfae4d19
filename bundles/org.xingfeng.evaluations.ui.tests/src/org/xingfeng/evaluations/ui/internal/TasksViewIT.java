package org.xingfeng.evaluations.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.tasks.RectificationTask;
import org.xingfeng.evaluations.api.tasks.RectificationTaskService;
import org.xingfeng.evaluations.api.tasks.TaskQuery;
import org.xingfeng.evaluations.api.tasks.TaskStatus;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;

/** 整改任务: the 34-item table made for a unit, self-check entries, 销号 with evidence, reopening, the sheet out and back in. */
class TasksViewIT extends ViewTestSupport {

    static RectificationTaskService tasks;
    static OrgService org;
    static EvalFixture f;

    @BeforeAll
    static void data() throws Exception {
        tasks = service(RectificationTaskService.class);
        org = service(OrgService.class);
        f = EvalFixture.create(org, admin, EvalFixture.tag("TK"));
    }

    private TasksView openView(long unitId) {
        Composite parent = open();
        TasksView view = new TasksView(parent, site, tasks, org);
        view.setFilters(unitId, null, false, null);
        view.reload();
        return view;
    }

    private static List<RectificationTask> unitTasks(long unitId) {
        return tasks.tasks(Actor.SYSTEM, new TaskQuery(unitId, null, null, null, null, null), PageRequest.ALL).items();
    }

    private TasksView.TaskRow row(TasksView view, long id) {
        return view.table().rows().stream().filter(r -> r.task().id() == id).findFirst().orElseThrow();
    }

    @Test
    void theSelfCheckTableIsMadeWorkedAndClosedOffWithEvidence() throws Exception {
        TasksView view = openView(f.countyA.id());
        assertTrue(view.table().rows().isEmpty());
        withDialog(MessageDialog.class, m -> press(m, "确定"), view::instantiate);
        assertEquals(34, unitTasks(f.countyA.id()).size());
        assertEquals(34, view.table().rows().size());
        assertTrue(view.countsText().startsWith("未开始 34 · 进行中 0 · 已完成 0 · 已销号 0 · 超期 "), view.countsText());
        long late = view.table().rows().stream().filter(r -> r.task().overdue()).count();
        assertTrue(view.countsText().endsWith("超期 " + late), view.countsText());
        // a second time is refused by the service and changes nothing
        withDialog(MessageDialog.class, m -> press(m, "确定"), view::instantiate);
        assertEquals(1, site.errors.size());
        assertEquals(34, unitTasks(f.countyA.id()).size());
        site.errors.clear();

        RectificationTask first = view.table().rows().stream().map(TasksView.TaskRow::task)
                .filter(x -> Integer.valueOf(1).equals(x.itemNumber())).findFirst().orElseThrow();
        withDialog(FormDialog.class, d -> {
            d.select("status", TaskStatus.IN_PROGRESS);
            d.setText("selfCheck", "已制定窗口服务规范并组织学习");
            d.setText("nextSteps", "每季度抽查一次");
            d.setText("nextStepsDeadline", "2026-12-31");
            d.submit();
        }, () -> view.updateDialog(row(view, first.id())));
        RectificationTask worked = tasks.task(Actor.SYSTEM, first.id()).orElseThrow();
        assertEquals(TaskStatus.IN_PROGRESS, worked.status());
        assertEquals("已制定窗口服务规范并组织学习", worked.selfCheck());
        assertEquals(LocalDate.of(2026, 12, 31), worked.nextStepsDeadline());
        assertTrue(view.countsText().startsWith("未开始 33 · 进行中 1 · "), view.countsText());

        String[] noEvidence = new String[1];
        withDialog(FormDialog.class, d -> {
            d.submit();
            noEvidence[0] = d.error("evidence");
            d.setText("evidence", "《窗口服务规范》印发文件及学习签到表");
            d.setText("attachments", "服务规范.pdf\nhttps://example.org/sign-in");
            d.submit();
        }, () -> view.closeDialog(row(view, first.id())));
        assertTrue(noEvidence[0].startsWith("销号须提供佐证材料说明"), noEvidence[0]);
        RectificationTask closed = tasks.task(Actor.SYSTEM, first.id()).orElseThrow();
        assertEquals(TaskStatus.CLOSED, closed.status());
        assertEquals("《窗口服务规范》印发文件及学习签到表", closed.closure().evidence());
        assertEquals(List.of("服务规范.pdf", "https://example.org/sign-in"), closed.closure().attachments());
        assertEquals("admin", closed.closure().closedBy());
        assertFalse(closed.overdue(), "a closed-off task is never overdue");
        assertTrue(view.countsText().startsWith("未开始 33 · 进行中 0 · 已完成 0 · 已销号 1 · "), view.countsText());
        List<String> shownRow = shown(view.table()).stream().filter(r -> r.get(0).equals(String.valueOf(first.id())))
                .findFirst().orElseThrow();
        assertEquals(List.of("已销号", "", "已制定窗口服务规范并组织学习"), shownRow.subList(8, 11));

        view.setFilters(f.countyA.id(), TaskStatus.CLOSED, false, null);
        view.reload();
        assertEquals(List.of(first.id()), view.table().rows().stream().map(r -> r.task().id()).toList());
        view.table().select(row(view, first.id()));
        withDialog(FormDialog.class, d -> {
            d.setText("reason", "抽查发现仍有窗口未执行规范");
            d.submit();
        }, () -> view.reopenDialog(row(view, first.id())));
        RectificationTask reopened = tasks.task(Actor.SYSTEM, first.id()).orElseThrow();
        assertEquals(TaskStatus.IN_PROGRESS, reopened.status());
        assertEquals("抽查发现仍有窗口未执行规范", reopened.lastReopening().reason());
        assertTrue(view.table().rows().isEmpty(), "no longer closed off");
        assertNoErrors(site);
    }

    @Test
    void aTaskPastItsDeadlineIsFlaggedAndTheListExports() throws Exception {
        TasksView view = openView(f.countyB.id());
        withDialog(FormDialog.class, d -> {
            d.setText("goal", "提升窗口服务效率");
            d.setText("content", "暗访发现叫号后等候超过 30 分钟，须增设窗口");
            d.setText("leadDepartment", "综合科");
            d.setText("responsibleDepartments", "综合科、待遇科");
            d.setText("deadline", "2025-01-31");
            d.submit();
        }, view::createDialog);
        RectificationTask made = unitTasks(f.countyB.id()).get(0);
        assertTrue(made.overdue());
        assertEquals(List.of("综合科", "待遇科"), made.responsibleDepartments());
        view.setFilters(f.countyB.id(), null, true, null);
        view.reload();
        assertEquals(1, view.table().rows().size());
        assertEquals("超期", shown(view.table()).get(0).get(9));
        assertTrue(view.countsText().endsWith("超期 1"), view.countsText());
        assertExportMatches(view.table());
        screenshot("tasks");
        assertNoErrors(site);
    }

    @Test
    void theSelfCheckSheetGoesOutAndComesBackThroughTheService() throws Exception {
        long unit = f.city.id();
        tasks.instantiate(admin, RectificationTaskService.SELF_CHECK_2019, unit);
        TasksView view = openView(unit);
        view.exportSheet();
        assertNotNull(site.lastExport);
        List<SheetData> read;
        try (InputStream in = Files.newInputStream(site.lastExport)) {
            read = sheets.read(in);
        }
        List<List<String>> rows = read.get(0).rows();
        List<String> header = rows.get(0);
        assertEquals(List.of("序号", "目标要求", "工作内容及要求", "完成时限", "自查情况（各项工作落实情况）", "下一步改进措施、完成时限",
                "状态", "任务编号"), header);
        assertEquals(35, rows.size(), "the header and 34 items");
        long cityTasks = unitTasks(unit).stream().filter(x -> x.unitId() == unit).count();
        assertEquals(34, cityTasks);

        // fill in one row and import the sheet back
        List<List<Object>> filled = new ArrayList<>();
        String taskId = null;
        for (List<String> r : rows.subList(1, rows.size())) {
            List<Object> copy = new ArrayList<>(r);
            while (copy.size() < header.size()) {
                copy.add("");
            }
            if (taskId == null) {
                taskId = r.get(7);
                copy.set(4, "已完成制度修订");
                copy.set(6, "已完成");
            }
            filled.add(copy);
        }
        Path good = write(header, filled, "good.xlsx");
        view.importSheet(good);
        assertNoErrors(site);
        assertTrue(view.lastImport().ok());
        RectificationTask changed = tasks.task(Actor.SYSTEM, Long.parseLong(taskId)).orElseThrow();
        assertEquals("已完成制度修订", changed.selfCheck());
        assertEquals(TaskStatus.COMPLETED, changed.status());

        // a sheet with a bad state changes nothing and names the row
        filled.get(1).set(4, "这一行不会被导入");
        filled.get(2).set(6, "差不多了");
        Path bad = write(header, filled, "bad.xlsx");
        String secondId = (String) filled.get(1).get(7);
        view.importSheet(bad);
        assertFalse(view.lastImport().ok());
        assertEquals(1, site.errors.size());
        ValidationException e = (ValidationException) site.errors.get(0);
        assertTrue(e.getMessage().contains("第 4 行 状态") && e.getMessage().contains("差不多了"), e.getMessage());
        assertFalse("这一行不会被导入".equals(tasks.task(Actor.SYSTEM, Long.parseLong(secondId)).orElseThrow().selfCheck()));
    }

    private Path write(List<String> header, List<List<Object>> rows, String name) throws Exception {
        Path dir = Path.of(System.getProperty("xingfeng.exports", "target/exports"));
        Files.createDirectories(dir);
        Path file = dir.resolve(System.nanoTime() + "-" + name);
        try (OutputStream out = Files.newOutputStream(file)) {
            sheets.write(out, List.of(new Table(name, "行风建设自查表", header, rows)));
        }
        return file;
    }
}
