package org.xingfeng.demands.core.internal;

import java.time.LocalDate;
import java.util.List;

import org.xingfeng.demands.api.supervision.DeadlineStatus;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;

/**
 * Deadlines in working days (the platform's calendar: weekends, official holidays and adjusted working days), without a
 * database. The deadline is {@code days} working days after the clock's start (the received date, or the day of a
 * reopening); each extension request stops the clock for the working days it waits (from the day after the request up
 * to the decision, or up to {@code asOf} while it still waits), and an approved one adds its days. The day after a
 * missed deadline (the next working day) a reminder (催办) is due; 5 working days after that, an escalation (通报).
 */
final class DeadlineRules {

    /** Working days between the reminder and the escalation (local 12345 practice). */
    static final int ESCALATION_AFTER = 5;

    /** An extension request of the current round: requested on a day, decided on another (null while it waits). */
    record Extension(LocalDate requestedOn, LocalDate decidedOn, Boolean approved, int days) {
    }

    private DeadlineRules() {
    }

    /** The due day as of {@code asOf} (today, or the day of the reply once replied). */
    static LocalDate due(WorkingDayCalendar calendar, LocalDate clockStart, int days, List<Extension> extensions,
            LocalDate asOf) {
        int total = days;
        for (Extension e : extensions) {
            LocalDate end = e.decidedOn() != null ? e.decidedOn() : asOf;
            total += calendar.workingDaysBetween(e.requestedOn(), end);
            if (Boolean.TRUE.equals(e.approved())) {
                total += e.days();
            }
        }
        return calendar.addWorkingDays(clockStart, total);
    }

    /** The first working day after the due day. */
    static LocalDate reminderDay(WorkingDayCalendar calendar, LocalDate due) {
        return calendar.addWorkingDays(due, 1);
    }

    /** {@value #ESCALATION_AFTER} working days after the reminder day. */
    static LocalDate escalationDay(WorkingDayCalendar calendar, LocalDate due) {
        return calendar.addWorkingDays(reminderDay(calendar, due), ESCALATION_AFTER);
    }

    /**
     * Where a demand stands: replied on or before the due day is on time, after it late; an open demand with a request
     * waiting is paused; otherwise in time up to the due day, then overdue, a reminder due from the next working day
     * and an escalation due {@value #ESCALATION_AFTER} working days later.
     */
    static DeadlineStatus status(WorkingDayCalendar calendar, LocalDate due, boolean paused, LocalDate repliedOn,
            LocalDate today) {
        if (repliedOn != null) {
            return repliedOn.isAfter(due) ? DeadlineStatus.REPLIED_LATE : DeadlineStatus.REPLIED_ON_TIME;
        }
        if (paused) {
            return DeadlineStatus.PAUSED;
        }
        if (!today.isAfter(due)) {
            return DeadlineStatus.IN_TIME;
        }
        if (!today.isBefore(escalationDay(calendar, due))) {
            return DeadlineStatus.ESCALATE;
        }
        if (!today.isBefore(reminderDay(calendar, due))) {
            return DeadlineStatus.REMIND;
        }
        return DeadlineStatus.OVERDUE;
    }

    /** 回访: {@code days} working days after the reply (local 12345 practice: the next working day). */
    static LocalDate callBackDay(WorkingDayCalendar calendar, LocalDate repliedOn, int days) {
        return calendar.addWorkingDays(repliedOn, days);
    }

    /** A reply waiting for its call-back past the call-back day. */
    static boolean callBackOverdue(WorkingDayCalendar calendar, LocalDate repliedOn, int days, LocalDate today) {
        return repliedOn != null && today.isAfter(callBackDay(calendar, repliedOn, days));
    }

    /** Whether the status puts the demand on the supervision board. */
    static boolean onBoard(DeadlineStatus status) {
        return status == DeadlineStatus.PAUSED || status == DeadlineStatus.OVERDUE || status == DeadlineStatus.REMIND
                || status == DeadlineStatus.ESCALATE;
    }

    /** Whether the deadline has come: replied, or open and past the due day (what the on-time rate counts). */
    static boolean counted(DeadlineStatus status) {
        return status != DeadlineStatus.IN_TIME && status != DeadlineStatus.PAUSED;
    }
}
