package org.xingfeng.evaluations.core.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.tasks.TaskStatus;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.spreadsheet.Table;

class SelfCheckSheetTest {

    static List<TaskEntity> tasks() {
        List<TaskEntity> list = new ArrayList<>();
        long id = 100;
        for (var item : SelfCheckTemplates.load2019().items()) {
            TaskEntity t = TaskRules.newTask(1, org.xingfeng.evaluations.api.tasks.TaskSource.SELF_CHECK, item.goal(),
                    item.content(),
                    null, null, item.deadlineText(), item.deadline(), TaskRulesTest.OFFICER, TaskRulesTest.NOW);
            t.id = id++;
            t.itemNumber = item.number();
            t.goalNumber = item.goalNumber();
            list.add(t);
        }
        return list;
    }

    static List<List<String>> asCells(Table t) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(t.headers());
        for (List<Object> r : t.rows()) {
            rows.add(r.stream().map(v -> v == null ? "" : v.toString()).toList());
        }
        return rows;
    }

    @Test
    void theSheetHasTheSeedsLayoutAndReadsBackUnchanged() {
        Table t = SelfCheckSheet.table("x", tasks());
        assertEquals(List.of("序号", "目标要求", "工作内容及要求", "完成时限", "自查情况（各项工作落实情况）", "下一步改进措施、完成时限", "状态", "任务编号"),
                t.headers());
        assertEquals(34, t.rows().size());
        assertEquals(1, t.rows().get(0).get(0));
        assertNull(t.rows().get(1).get(0), "the goal is shown on its first row only");
        assertNull(t.rows().get(7).get(0), "item 8's goal has no number");
        assertEquals("优化规范医保服务流程", t.rows().get(7).get(1));
        assertEquals("未开始", t.rows().get(0).get(6));
        SelfCheckSheet.Plan plan = SelfCheckSheet.plan(asCells(t), tasks());
        assertEquals(34, plan.rowsRead());
        assertEquals(0, plan.changes().size());
        assertEquals(List.of(), plan.errors());
    }

    @Test
    void nextStepsAndTheirDeadlineShareOneCell() {
        assertEquals(new SelfCheckSheet.NextSteps("完善制度，2020年6月底前完成", LocalDate.of(2020, 6, 30)),
                SelfCheckSheet.readNextSteps("完善制度，2020年6月底前完成"));
        assertEquals(new SelfCheckSheet.NextSteps("完善制度", LocalDate.of(2020, 3, 1)),
                SelfCheckSheet.readNextSteps("完善制度；完成时限：2020年3月1日"));
        assertEquals(new SelfCheckSheet.NextSteps("长期坚持", null), SelfCheckSheet.readNextSteps("长期坚持"));
        assertThrows(ValidationException.class, () -> SelfCheckSheet.readNextSteps("完善制度；完成时限：尽快"));
        TaskEntity t = tasks().get(0);
        t.nextSteps = "完善制度";
        t.nextStepsDeadline = LocalDate.of(2020, 3, 1);
        assertEquals("完善制度；完成时限：2020年3月1日", SelfCheckSheet.nextStepsCell(t));
        t.nextSteps = "完善制度，2020年3月1日前完成";
        assertEquals("完善制度，2020年3月1日前完成", SelfCheckSheet.nextStepsCell(t));
    }

    @Test
    void badRowsAreNamedAndClosedTasksDoNotChange() {
        List<TaskEntity> tasks = tasks();
        TaskRules.close(tasks.get(2), "已完成", null, TaskRulesTest.OFFICER, TaskRulesTest.NOW);
        List<List<String>> rows = asCells(SelfCheckSheet.table("x", tasks));
        rows.set(1, replace(rows.get(1), 4, "已成立领导小组"));
        rows.set(2, replace(replace(rows.get(2), 6, "完成了"), 5, ""));
        rows.set(3, replace(rows.get(3), 4, "改了已销号的任务"));
        rows.set(4, replace(rows.get(4), 7, "999"));
        rows.set(5, replace(replace(rows.get(5), 7, ""), 2, "没有序号的内容"));
        SelfCheckSheet.Plan plan = SelfCheckSheet.plan(rows, tasks);
        assertEquals(List.of(3, 4, 5, 6), plan.errors().stream().map(e -> e.row()).toList(), plan.errors().toString());
        assertEquals(1, plan.changes().size());
        assertEquals("已成立领导小组", plan.changes().get(0).selfCheck());
        assertEquals(TaskStatus.NOT_STARTED, plan.changes().get(0).status());
        assertThrows(ValidationException.class, () -> SelfCheckSheet.plan(List.of(List.of("a", "b")), tasks));
    }

    static List<String> replace(List<String> row, int i, String v) {
        List<String> copy = new ArrayList<>(row);
        copy.set(i, v);
        return copy;
    }
}
