package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.windows.api.roster.DutyDraft;
import org.xingfeng.windows.api.roster.DutyRole;
import org.xingfeng.windows.api.roster.RosterQuery;
import org.xingfeng.windows.api.roster.SessionDraft;

/** Checks of roster entries and sessions. Pure. */
final class RosterRules {

    /** The longest span a roster or sessions query covers. */
    static final int MAX_DAYS = 366;

    private RosterRules() {
    }

    static List<FieldError> check(DutyDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
            return errors;
        }
        Checks.required(errors, "hallId", d.hallId());
        Checks.required(errors, "date", d.date());
        Checks.required(errors, "role", d.role());
        Checks.required(errors, "staffId", d.staffId());
        if (d.role() == DutyRole.WINDOW_STAFF) {
            Checks.required(errors, "windowId", d.windowId());
        } else if (d.role() != null && d.windowId() != null) {
            errors.add(FieldError.of("windowId", MESSAGES.text("roster.window.only")));
        }
        Checks.length(errors, "note", d.note(), 0, 200);
        return errors;
    }

    static List<FieldError> check(SessionDraft d, LocalDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.required")));
            return errors;
        }
        Checks.required(errors, "hallId", d.hallId());
        Checks.required(errors, "kind", d.kind());
        Checks.required(errors, "staffId", d.staffId());
        boolean dated = Checks.required(errors, "date", d.date());
        boolean timed = Checks.required(errors, "start", d.start()) & Checks.required(errors, "end", d.end());
        if (timed && !d.start().isBefore(d.end())) {
            errors.add(FieldError.of("end", MESSAGES.text("session.end")));
        } else if (dated && timed && d.date().atTime(d.start()).isAfter(now)) {
            errors.add(FieldError.of("date", MESSAGES.text("field.future")));
        }
        if (Checks.required(errors, "citizensServed", d.citizensServed())) {
            Checks.range(errors, "citizensServed", d.citizensServed(), 0, 10000);
        }
        Checks.length(errors, "note", d.note(), 0, 500);
        return errors;
    }

    /** The query's days, today when not given; 400 naming {@code to} for a reversed or too long span. */
    static LocalDate[] span(RosterQuery q, LocalDate today) {
        LocalDate from = q.from() == null ? today : q.from();
        LocalDate to = q.to() == null ? from : q.to();
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            Checks.throwIfAny(List.of(FieldError.of("to", MESSAGES.text("span.days", MAX_DAYS))));
        }
        return new LocalDate[] { from, to };
    }
}
