package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.windows.api.records.HandlingRecordDraft;
import org.xingfeng.windows.api.records.OnTimeRate;
import org.xingfeng.windows.api.records.RecordState;
import org.xingfeng.windows.api.records.StepDraft;
import org.xingfeng.windows.api.records.StepKind;

/**
 * 办件 rules without JPA: drafts and steps checked naming their fields, the steps each state allows, due dates in
 * working days, the due-soon and overdue flags, readable numbers and on-time rates.
 */
final class HandlingRecordRules {

    static final int NAME_MAX = 50;
    static final int NOTE_MAX = 500;
    static final int MATERIAL_MAX = 200;
    static final int MATERIALS_MAX = 50;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern ID_18 = Pattern.compile("\\d{17}[\\dXx]");
    private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String ID_CHECK = "10X98765432";

    private HandlingRecordRules() {
    }

    static List<FieldError> check(HandlingRecordDraft d, boolean matterFromTicket) {
        List<FieldError> errors = new ArrayList<>();
        if (d.ticketId() == null && d.windowId() == null && d.unitId() == null) {
            errors.add(FieldError.of("windowId", MESSAGES.text("record.where")));
        }
        if (!matterFromTicket && Checks.required(errors, "matterCode", d.matterCode())
                && !CODE.matcher(d.matterCode().strip()).matches()) {
            errors.add(FieldError.of("matterCode", MESSAGES.text("matter.code")));
        }
        if (matterFromTicket && d.matterCode() != null && !d.matterCode().isBlank()
                && !CODE.matcher(d.matterCode().strip()).matches()) {
            errors.add(FieldError.of("matterCode", MESSAGES.text("matter.code")));
        }
        Checks.length(errors, "citizenName", d.citizenName(), 1, NAME_MAX);
        if (d.citizenIdNumber() != null && !d.citizenIdNumber().isBlank() && !idNumber(d.citizenIdNumber().strip())) {
            errors.add(FieldError.of("citizenIdNumber", MESSAGES.text("record.idNumber")));
        }
        Checks.length(errors, "note", d.note(), 0, NOTE_MAX);
        return errors;
    }

    /** A resident identity card number (GB 11643): 18 characters with its check digit. */
    static boolean idNumber(String id) {
        if (!ID_18.matcher(id).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == ID_CHECK.charAt(sum % 11);
    }

    static List<FieldError> check(StepDraft s) {
        List<FieldError> errors = new ArrayList<>();
        if (s == null || s.kind() == null) {
            errors.add(FieldError.of("kind", MESSAGES.text("field.required")));
            return errors;
        }
        if (s.kind() == StepKind.REJECT || s.kind() == StepKind.RETURN) {
            Checks.required(errors, "note", s.note());
        }
        Checks.length(errors, "note", s.note(), 0, NOTE_MAX);
        List<String> materials = s.materials() == null ? List.of() : s.materials();
        if (s.kind() == StepKind.NOTIFY && materials.isEmpty()) {
            errors.add(FieldError.of("materials", MESSAGES.text("record.materials.required")));
        }
        if (s.kind() != StepKind.NOTIFY && !materials.isEmpty()) {
            errors.add(FieldError.of("materials", MESSAGES.text("record.materials.notify")));
        }
        if (materials.size() > MATERIALS_MAX) {
            errors.add(FieldError.of("materials", MESSAGES.text("field.range", 1, MATERIALS_MAX)));
        }
        for (int i = 0; i < materials.size() && i < MATERIALS_MAX; i++) {
            String m = materials.get(i);
            if (m == null || m.isBlank()) {
                errors.add(FieldError.of("materials[" + i + "]", MESSAGES.text("field.required")));
            } else {
                Checks.length(errors, "materials[" + i + "]", m, 1, MATERIAL_MAX);
            }
        }
        return errors;
    }

    /** The state a step leads to from {@code state}; null when the state does not allow it. */
    static RecordState next(RecordState state, StepKind kind) {
        switch (state) {
            case RECEIVED:
                return switch (kind) {
                    case ACCEPT -> RecordState.ACCEPTED;
                    case REJECT -> RecordState.REJECTED;
                    case NOTIFY -> RecordState.NOTIFIED;
                    default -> null;
                };
            case ACCEPTED:
                return switch (kind) {
                    case REVIEW -> RecordState.REVIEWED;
                    case COMPLETE -> RecordState.COMPLETED; // on the spot (即时办结): no review
                    case RETURN -> RecordState.RETURNED;
                    default -> null;
                };
            case REVIEWED:
                return switch (kind) {
                    case COMPLETE -> RecordState.COMPLETED;
                    case RETURN -> RecordState.RETURNED;
                    default -> null;
                };
            case COMPLETED:
                return kind == StepKind.DELIVER ? RecordState.DELIVERED : null;
            default:
                return null;
        }
    }

    /** Whether the step closes the handling (the time limit stops, the citizen may evaluate). */
    static boolean closes(StepKind kind) {
        return kind == StepKind.COMPLETE || kind == StepKind.REJECT || kind == StepKind.RETURN
                || kind == StepKind.NOTIFY;
    }

    /**
     * The due date of a record accepted on {@code acceptedOn}: {@code limitDays} working days after it (day 1 the first
     * working day after), on the spot (0) that day or, if it is not a working day, the next working day; null without a
     * known limit.
     */
    static LocalDate dueDate(LocalDate acceptedOn, Integer limitDays, Predicate<LocalDate> workingDay) {
        if (limitDays == null) {
            return null;
        }
        return addWorkingDays(acceptedOn, limitDays, workingDay);
    }

    /** As {@code WorkingDayCalendar.addWorkingDays}, on any working-day predicate. */
    static LocalDate addWorkingDays(LocalDate start, int n, Predicate<LocalDate> workingDay) {
        LocalDate d = start;
        if (n == 0) {
            while (!workingDay.test(d)) {
                d = d.plusDays(1);
            }
            return d;
        }
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (workingDay.test(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days in ({@code from}, {@code to}]. */
    static int workingDaysBetween(LocalDate from, LocalDate to, Predicate<LocalDate> workingDay) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (workingDay.test(d)) {
                n++;
            }
        }
        return n;
    }

    /** Overdue: still open after its due day. */
    static boolean overdue(RecordState state, LocalDate due, LocalDate today) {
        return due != null && !state.closed() && today.isAfter(due);
    }

    /** Due soon: open, not overdue, and due within {@code soonDays} working days of today (today's due included). */
    static boolean dueSoon(RecordState state, LocalDate due, LocalDate today, int soonDays,
            Predicate<LocalDate> workingDay) {
        if (due == null || state.closed() || today.isAfter(due)) {
            return false;
        }
        return workingDaysBetween(today, due, workingDay) <= soonDays;
    }

    /** Completed by its due day; null when it has no due date or was not completed (办结). */
    static Boolean onTime(RecordState state, LocalDate due, LocalDate closedOn) {
        if (due == null || closedOn == null || (state != RecordState.COMPLETED && state != RecordState.DELIVERED)) {
            return null;
        }
        return !closedOn.isAfter(due);
    }

    /** 2026-000123: the year and the unit's sequence of that year. */
    static String number(int year, int seq) {
        return String.format("%d-%06d", year, seq);
    }

    /** What a completed record counts for in the on-time rates. */
    record Fact(String matter, String window, String staff, String unit, String month, boolean onTime) {
    }

    /** The total first (key null, labelled {@code totalLabel}), then the parts by key. */
    static List<OnTimeRate> rates(List<Fact> facts, Function<Fact, String> key, String totalLabel) {
        List<OnTimeRate> out = new ArrayList<>();
        out.add(rate(null, totalLabel, facts));
        if (key != null) {
            Map<String, List<Fact>> parts = new LinkedHashMap<>();
            facts.stream().sorted(Comparator.comparing(f -> nz(key.apply(f))))
                    .forEach(f -> parts.computeIfAbsent(nz(key.apply(f)), k -> new ArrayList<>()).add(f));
            parts.forEach((k, v) -> out.add(rate(k, k, v)));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static OnTimeRate rate(String key, String label, List<Fact> facts) {
        long onTime = facts.stream().filter(Fact::onTime).count();
        return new OnTimeRate(key, label, facts.size(), onTime,
                facts.isEmpty() ? null : (double) onTime / facts.size());
    }
}
