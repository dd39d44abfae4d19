package org.xingfeng.evaluations.core.internal.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xingfeng.evaluations.api.tasks.TaskSource;
import org.xingfeng.evaluations.api.tasks.TaskStatus;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.spreadsheet.RowError;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * A unit's tasks as the printed self-check table (序号, 目标要求, 工作内容及要求, 完成时限, 自查情况, 下一步改进措施、完成时限)
 * with two columns added on the right (状态, 任务编号), and such a sheet read back after the unit filled it in.
 * 序号 is the goal's number, shown on a goal's first row as in the print; the item's number starts 工作内容及要求.
 */
final class SelfCheckSheet {

    static final Messages MESSAGES = Messages.of(SelfCheckSheet.class);

    static final String NUMBER = "序号";
    static final String GOAL = "目标要求";
    static final String CONTENT = "工作内容及要求";
    static final String DEADLINE = "完成时限";
    static final String SELF_CHECK = "自查情况（各项工作落实情况）";
    static final String NEXT_STEPS = "下一步改进措施、完成时限";
    static final String STATUS = "状态";
    static final String TASK_ID = "任务编号";
    static final List<String> COLUMNS = List.of(NUMBER, GOAL, CONTENT, DEADLINE, SELF_CHECK, NEXT_STEPS, STATUS,
            TASK_ID);

    private static final Pattern DEADLINE_SUFFIX = Pattern.compile("^(.*?)[；;，,。]?\\s*完成时限\\s*[:：]\\s*(\\S.*)$",
            Pattern.DOTALL);

    private SelfCheckSheet() {
    }

    /** Self-check items by number first, then the other tasks in the order they were made. */
    static List<TaskEntity> ordered(List<TaskEntity> tasks) {
        return tasks.stream().sorted(Comparator.comparing((TaskEntity t) -> t.source == TaskSource.SELF_CHECK ? 0 : 1)
                .thenComparing(t -> t.itemNumber == null || t.source != TaskSource.SELF_CHECK ? 0 : t.itemNumber)
                .thenComparing(t -> t.id)).toList();
    }

    static Table table(String fileName, List<TaskEntity> tasks) {
        List<List<Object>> rows = new ArrayList<>();
        String lastGoal = null;
        for (TaskEntity t : ordered(tasks)) {
            boolean newGoal = !Objects.equals(t.goal, lastGoal);
            lastGoal = t.goal;
            boolean item = t.source == TaskSource.SELF_CHECK && t.itemNumber != null;
            rows.add(Arrays.asList(newGoal ? t.goalNumber : null, newGoal ? t.goal : null,
                    item ? t.itemNumber + "." + t.content : t.content, t.deadlineText, t.selfCheck, nextStepsCell(t),
                    t.status.nameZh(), t.id));
        }
        return new Table(fileName, "行风建设自查表", COLUMNS, rows);
    }

    /** 下一步改进措施 with its deadline added when the text does not already name it. */
    static String nextStepsCell(TaskEntity t) {
        if (t.nextStepsDeadline == null) {
            return t.nextSteps;
        }
        LocalDate named;
        try {
            named = DeadlineText.find(t.nextSteps, "nextSteps");
        } catch (ValidationException e) {
            named = null;
        }
        if (t.nextStepsDeadline.equals(named)) {
            return t.nextSteps;
        }
        String suffix = "完成时限：" + DeadlineText.format(t.nextStepsDeadline);
        return t.nextSteps == null ? suffix : t.nextSteps + "；" + suffix;
    }

    /** 下一步改进措施 and the date of its 完成时限 as read from one cell. */
    record NextSteps(String text, LocalDate deadline) {
    }

    static NextSteps readNextSteps(String cell) {
        String c = Strings.blankToNull(cell);
        if (c == null) {
            return new NextSteps(null, null);
        }
        Matcher m = DEADLINE_SUFFIX.matcher(c);
        if (m.matches()) {
            LocalDate date = DeadlineText.find(m.group(2), "nextSteps");
            if (date == null) {
                throw new ValidationException("nextSteps",
                        MESSAGES.text("selfCheckSheet.deadline_names_no_date", m.group(2)));
            }
            return new NextSteps(Strings.blankToNull(m.group(1)), date);
        }
        return new NextSteps(c, DeadlineText.find(c, "nextSteps"));
    }

    /** What one row changes of one task. */
    record RowChange(TaskEntity task, String selfCheck, String nextSteps, LocalDate nextStepsDeadline,
            TaskStatus status) {
    }

    record Plan(int rowsRead, List<RowChange> changes, List<RowError> errors) {
    }

    /** Matches the rows to the unit's tasks and lists what changes; any bad row is an error and nothing applies. */
    static Plan plan(List<List<String>> rows, List<TaskEntity> unitTasks) {
        int header = -1;
        for (int r = 0; r < Math.min(rows.size(), 10) && header < 0; r++) {
            if (rows.get(r).stream().anyMatch(c -> c.strip().equals(NUMBER))
                    && rows.get(r).stream().anyMatch(c -> c.strip().startsWith("自查情况"))) {
                header = r;
            }
        }
        if (header < 0) {
            throw new ValidationException("file", MESSAGES.text("selfCheckSheet.not_a_self_check_sheet"));
        }
        List<String> head = rows.get(header).stream().map(String::strip).toList();
        int content = column(head, CONTENT);
        int selfCheck = column(head, "自查情况");
        int next = column(head, "下一步");
        int status = column(head, STATUS);
        int taskId = column(head, TASK_ID);
        if (content < 0 || selfCheck < 0 || next < 0) {
            throw new ValidationException("file", MESSAGES.text("selfCheckSheet.sheet_lacks_column"));
        }
        Map<Long, TaskEntity> byId = new HashMap<>();
        Map<Integer, TaskEntity> byItem = new HashMap<>();
        for (TaskEntity t : unitTasks) {
            byId.put(t.id, t);
            if (t.source == TaskSource.SELF_CHECK && t.itemNumber != null) {
                byItem.put(t.itemNumber, t);
            }
        }
        List<RowChange> changes = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int read = 0;
        for (int r = header + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int shown = r + 1;
            if (row.stream().allMatch(String::isBlank) || cell(row, 0).equals(NUMBER)) {
                continue; // blank rows and the header printed again on the next page
            }
            read++;
            TaskEntity task = null;
            String idCell = taskId < 0 ? "" : cell(row, taskId);
            if (!idCell.isEmpty()) {
                Long id = number(idCell);
                task = id == null ? null : byId.get(id);
                if (task == null) {
                    errors.add(new RowError(shown, TASK_ID,
                            MESSAGES.get(Languages.CHINESE, "selfCheckSheet.no_task_unit_id", idCell)));
                    continue;
                }
            } else {
                Integer item = SelfCheckTemplates.itemNumber(cell(row, content));
                task = item == null ? null : byItem.get(item);
                if (task == null) {
                    errors.add(new RowError(shown, CONTENT, item == null
                            ? MESSAGES.get(Languages.CHINESE, "selfCheckSheet.cannot_tell_task_no_id")
                            : MESSAGES.get(Languages.CHINESE, "selfCheckSheet.unit_no_self_check_item", item)));
                    continue;
                }
            }
            if (!seen.add(task.id)) {
                errors.add(new RowError(shown, TASK_ID,
                        MESSAGES.get(Languages.CHINESE, "selfCheckSheet.task_appears_more_than_one")));
                continue;
            }
            int before = errors.size();
            String sc = Strings.blankToNull(cell(row, selfCheck));
            if (sc != null && sc.length() > TaskRules.MAX_TEXT) {
                errors.add(new RowError(shown, SELF_CHECK, MESSAGES.get(Languages.CHINESE,
                        "selfCheckSheet.self_check_text_too_long", TaskRules.MAX_TEXT)));
            }
            NextSteps ns = null;
            try {
                ns = readNextSteps(cell(row, next));
                if (ns.text() != null && ns.text().length() > TaskRules.MAX_TEXT) {
                    errors.add(new RowError(shown, NEXT_STEPS,
                            MESSAGES.get(Languages.CHINESE, "selfCheckSheet.next_steps_too_long", TaskRules.MAX_TEXT)));
                }
            } catch (ValidationException e) {
                errors.add(new RowError(shown, NEXT_STEPS, e.getMessage()));
            }
            TaskStatus st = task.status;
            String statusCell = status < 0 ? "" : cell(row, status);
            if (!statusCell.isEmpty()) {
                TaskStatus parsed = TaskStatus.parse(statusCell);
                if (parsed == null) {
                    errors.add(new RowError(shown, STATUS,
                            MESSAGES.get(Languages.CHINESE, "selfCheckSheet.unknown_status", statusCell)));
                } else if (parsed != task.status && (parsed == TaskStatus.CLOSED || task.status == TaskStatus.CLOSED)) {
                    errors.add(new RowError(shown, STATUS,
                            MESSAGES.get(Languages.CHINESE, "selfCheckSheet.closing_off_and_reopening_not")));
                } else {
                    st = parsed;
                }
            }
            if (errors.size() > before) {
                continue;
            }
            boolean changed = !Objects.equals(sc, task.selfCheck) || !Objects.equals(ns.text(), task.nextSteps)
                    || !Objects.equals(ns.deadline(), task.nextStepsDeadline) || st != task.status;
            if (changed && task.status == TaskStatus.CLOSED) {
                errors.add(new RowError(shown, SELF_CHECK,
                        MESSAGES.get(Languages.CHINESE, "selfCheckSheet.task_closed_off_and_cannot")));
            } else if (changed) {
                changes.add(new RowChange(task, sc, ns.text(), ns.deadline(), st));
            }
        }
        return new Plan(read, changes, errors);
    }

    private static int column(List<String> head, String prefix) {
        for (int i = 0; i < head.size(); i++) {
            if (head.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).strip() : "";
    }

    private static Long number(String s) {
        try {
            return Long.valueOf(s.endsWith(".0") ? s.substring(0, s.length() - 2) : s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
