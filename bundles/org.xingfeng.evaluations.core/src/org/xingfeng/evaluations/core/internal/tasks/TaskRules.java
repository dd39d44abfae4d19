package org.xingfeng.evaluations.core.internal.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.xingfeng.evaluations.api.tasks.TaskSource;
import org.xingfeng.evaluations.api.tasks.TaskStatus;
import org.xingfeng.evaluations.api.tasks.TaskUpdate;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Text;

/**
 * The rules of a task's life, on the entity and without the database: what a task must hold, which changes an
 * open task takes, closing off (销号) with evidence, reopening with a reason, and when it is overdue. A rejected
 * change throws before it touches the entity.
 */
public final class TaskRules {

    static final Messages MESSAGES = Messages.of(TaskRules.class);

    static final int MAX_TEXT = 4000;
    static final int MAX_CONTENT = 2000;
    static final int MAX_NAME = 200;
    static final int MAX_DEPARTMENTS = 30;
    static final int MAX_ATTACHMENTS = 20;
    static final int MAX_ATTACHMENT = 500;
    static final int MAX_REASON = 500;
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private TaskRules() {
    }

    /** The deadline of a task as worded and as a date: text alone is read for its date, a date alone is worded. */
    record Deadline(String text, LocalDate date) {
    }

    static Deadline deadline(String text, LocalDate date, String field, List<FieldError> errors) {
        String t = Strings.blankToNull(text);
        if (t != null && t.length() > 100) {
            errors.add(FieldError.of(field + "Text", MESSAGES.text("taskRules.deadline_text_at_most_100")));
            return new Deadline(null, date);
        }
        if (date != null) {
            return new Deadline(t == null ? DeadlineText.format(date) : t, date);
        }
        try {
            return new Deadline(t, DeadlineText.find(t, field + "Text"));
        } catch (ValidationException e) {
            errors.addAll(e.details());
            return new Deadline(t, null);
        }
    }

    /** A new open task (未开始) with the given content; nothing is checked about the unit here. */
    public static TaskEntity newTask(long unitId, TaskSource source, String goal, String content, String lead,
            List<String> responsible, String deadlineText, LocalDate deadline, Actor actor, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        TaskEntity e = new TaskEntity();
        e.unitId = unitId;
        e.source = source;
        e.goal = text("goal", goal, MAX_NAME, MESSAGES.text("label.goal"), errors);
        e.content = text("content", content, MAX_CONTENT, MESSAGES.text("label.content"), errors);
        if (e.content == null) {
            errors.add(FieldError.of("content", MESSAGES.text("rectificationTask.content_required")));
        }
        e.leadDepartment = text("leadDepartment", lead, MAX_NAME, MESSAGES.text("label.leadDepartment"), errors);
        List<String> depts = departments(responsible, errors);
        Deadline d = deadline(deadlineText, deadline, "deadline", errors);
        throwIfAny(errors);
        e.responsibleJson = TaskMapper.json(depts);
        e.deadlineText = d.text();
        e.deadline = d.date();
        e.status = TaskStatus.NOT_STARTED;
        e.createdBy = actor.username();
        e.createdAt = Timestamp.from(now);
        e.updatedAt = e.createdAt;
        e.dueDate = dueDate(e);
        return e;
    }

    /** Applies a change to an open task (409 on a closed-off task). */
    public static void update(TaskEntity e, TaskUpdate u, Instant now) {
        if (e.status == TaskStatus.CLOSED) {
            throw new ConflictException("task_closed", MESSAGES.text("taskRules.task_closed_off_reopen_first"));
        }
        List<FieldError> errors = new ArrayList<>();
        String goal = u.goal() == null ? e.goal : text("goal", u.goal(), MAX_NAME, MESSAGES.text("label.goal"), errors);
        String content = e.content;
        if (u.content() != null) {
            content = text("content", u.content(), MAX_CONTENT, MESSAGES.text("label.content"), errors);
            if (content == null) {
                errors.add(FieldError.of("content", MESSAGES.text("taskRules.content_cannot_empty")));
            }
        }
        String lead = u.leadDepartment() == null ? e.leadDepartment
                : text("leadDepartment", u.leadDepartment(), MAX_NAME, MESSAGES.text("label.leadDepartment"), errors);
        String responsible = u.responsibleDepartments() == null ? e.responsibleJson
                : TaskMapper.json(departments(u.responsibleDepartments(), errors));
        Deadline d = u.deadlineText() == null && u.deadline() == null ? new Deadline(e.deadlineText, e.deadline)
                : deadline(u.deadlineText(), u.deadline(), "deadline", errors);
        TaskStatus status = e.status;
        if (u.status() != null) {
            if (u.status() == TaskStatus.CLOSED) {
                errors.add(FieldError.of("status", MESSAGES.text("taskRules.close_task_off_close_operation")));
            } else {
                status = u.status();
            }
        }
        String selfCheck = u.selfCheck() == null ? e.selfCheck
                : text("selfCheck", u.selfCheck(), MAX_TEXT, MESSAGES.text("label.selfCheck"), errors);
        String nextSteps = u.nextSteps() == null ? e.nextSteps
                : text("nextSteps", u.nextSteps(), MAX_TEXT, MESSAGES.text("label.nextSteps"), errors);
        LocalDate nextDate = Boolean.TRUE.equals(u.clearNextStepsDeadline()) ? null
                : u.nextStepsDeadline() != null ? u.nextStepsDeadline() : e.nextStepsDeadline;
        throwIfAny(errors);
        e.goal = goal;
        e.content = content;
        e.leadDepartment = lead;
        e.responsibleJson = responsible;
        e.deadlineText = d.text();
        e.deadline = d.date();
        e.status = status;
        e.selfCheck = selfCheck;
        e.nextSteps = nextSteps;
        e.nextStepsDeadline = nextDate;
        e.dueDate = dueDate(e);
        e.updatedAt = Timestamp.from(now);
    }

    /** 销号: evidence is required; attachments are names or http(s) links. */
    public static void close(TaskEntity e, String evidence, List<String> attachments, Actor actor, Instant now) {
        if (e.status == TaskStatus.CLOSED) {
            throw new ConflictException("task_closed", MESSAGES.text("taskRules.task_already_closed_off"));
        }
        List<FieldError> errors = new ArrayList<>();
        String ev = text("evidence", evidence, MAX_TEXT, MESSAGES.text("label.evidence"), errors);
        if (ev == null && errors.isEmpty()) {
            errors.add(FieldError.of("evidence", MESSAGES.text("taskRules.closing_off_needs_evidence")));
        }
        List<String> files = attachments(attachments, errors);
        throwIfAny(errors);
        e.status = TaskStatus.CLOSED;
        e.evidence = ev;
        e.attachmentsJson = TaskMapper.json(files);
        e.closedBy = actor.username();
        e.closedAt = Timestamp.from(now);
        e.updatedAt = e.closedAt;
    }

    /** Reopens a closed-off task with a reason; it goes back to 进行中 and its closing is cleared (the audit keeps it). */
    public static void reopen(TaskEntity e, String reason, Actor actor, Instant now) {
        if (e.status != TaskStatus.CLOSED) {
            throw new ConflictException("task_not_closed", MESSAGES.text("taskRules.task_not_closed_off"));
        }
        List<FieldError> errors = new ArrayList<>();
        String r = text("reason", reason, MAX_REASON, MESSAGES.text("label.reopenReason"), errors);
        if (r == null && errors.isEmpty()) {
            errors.add(FieldError.of("reason", MESSAGES.text("taskRules.reopening_needs_reason")));
        }
        throwIfAny(errors);
        e.status = TaskStatus.IN_PROGRESS;
        e.evidence = null;
        e.attachmentsJson = null;
        e.closedBy = null;
        e.closedAt = null;
        e.reopenReason = r;
        e.reopenedBy = actor.username();
        e.reopenedAt = Timestamp.from(now);
        e.updatedAt = e.reopenedAt;
    }

    /** The date the overdue rule looks at: the next-step deadline when set, else the deadline. */
    public static LocalDate dueDate(TaskEntity e) {
        return e.nextStepsDeadline != null ? e.nextStepsDeadline : e.deadline;
    }

    /** Overdue: due before today and not closed off. */
    public static boolean overdue(TaskEntity e, LocalDate today) {
        LocalDate due = dueDate(e);
        return e.status != TaskStatus.CLOSED && due != null && due.isBefore(today);
    }

    static String text(String field, String value, int max, Text label, List<FieldError> errors) {
        String v = Strings.blankToNull(value);
        if (v != null && v.length() > max) {
            errors.add(FieldError.of(field, MESSAGES.text("taskRules.at_most_characters", label, max, field)));
        }
        return v;
    }

    static List<String> departments(List<String> names, List<FieldError> errors) {
        List<String> out = new ArrayList<>();
        if (names == null) {
            return out;
        }
        if (names.size() > MAX_DEPARTMENTS) {
            errors.add(FieldError.of("responsibleDepartments",
                    MESSAGES.text("taskRules.at_most_responsible_departments", MAX_DEPARTMENTS)));
            return out;
        }
        for (String n : names) {
            String v = Strings.blankToNull(n);
            if (v == null) {
                errors.add(FieldError.of("responsibleDepartments",
                        MESSAGES.text("taskRules.responsible_department_needs_name")));
            } else if (v.length() > MAX_NAME) {
                errors.add(FieldError.of("responsibleDepartments", MESSAGES.text("taskRules.name_too_long", MAX_NAME)));
            } else if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    static List<String> attachments(List<String> names, List<FieldError> errors) {
        List<String> out = new ArrayList<>();
        if (names == null) {
            return out;
        }
        if (names.size() > MAX_ATTACHMENTS) {
            errors.add(FieldError.of("attachments", MESSAGES.text("taskRules.at_most_attachments", MAX_ATTACHMENTS)));
            return out;
        }
        for (String n : names) {
            String v = Strings.blankToNull(n);
            if (v == null || v.length() > MAX_ATTACHMENT) {
                errors.add(FieldError.of("attachments", MESSAGES.text("taskRules.attachment_length", MAX_ATTACHMENT)));
            } else if (SCHEME.matcher(v).find() && !v.regionMatches(true, 0, "http://", 0, 7)
                    && !v.regionMatches(true, 0, "https://", 0, 8)) {
                errors.add(FieldError.of("attachments", MESSAGES.text("taskRules.link_http_or_https", v)));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
    }
}
