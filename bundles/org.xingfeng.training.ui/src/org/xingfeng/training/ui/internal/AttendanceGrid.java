package org.xingfeng.training.ui.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.training.api.attendance.Attendance;
import org.xingfeng.training.api.attendance.AttendanceDraft;
import org.xingfeng.training.api.attendance.AttendanceMark;

/**
 * The attendance grid's model, without widgets: a row per trainee (the course unit's active staff of the caller's
 * reach and whoever has a record of the course, as the services list them: nobody out of reach), a mark per session,
 * what a typed mark means, and the draft that changes a mark and keeps the rest of the record.
 */
final class AttendanceGrid {

    static final Set<String> PRESENT = Set.of("出勤", "到", "√", "✓", "1", "是", "y", "yes", "present");
    static final Set<String> ABSENT = Set.of("缺席", "缺勤", "缺", "×", "✗", "x", "0", "否", "n", "no", "absent");
    static final Set<String> EXCUSED = Set.of("请假", "假", "e", "excused", "leave");

    private AttendanceGrid() {
    }

    /** A trainee and their record per session id. */
    record Row(long staffId, String staffNumber, String staffName, Map<Long, Attendance> marks) {
    }

    /** Rows by staff number: the staff listed and those with a record of the course. */
    static List<Row> rows(List<Staff> staff, List<Attendance> recorded) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (Staff s : staff) {
            rows.put(s.id(), new Row(s.id(), s.staffNumber(), s.name(), new HashMap<>()));
        }
        for (Attendance a : recorded) {
            rows.computeIfAbsent(a.staffId(), k -> new Row(a.staffId(), a.staffNumber(), a.staffName(),
                    new HashMap<>())).marks().put(a.sessionId(), a);
        }
        return rows.values().stream()
                .sorted(Comparator.comparing((Row r) -> r.staffNumber() == null ? "" : r.staffNumber()))
                .toList();
    }

    /** The mark typed: present, absent or excused (请假); null for anything else (refused). */
    static AttendanceMark parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (PRESENT.contains(t)) {
            return AttendanceMark.PRESENT;
        }
        if (ABSENT.contains(t)) {
            return AttendanceMark.ABSENT;
        }
        if (EXCUSED.contains(t)) {
            return AttendanceMark.EXCUSED;
        }
        return null;
    }

    /**
     * The draft that marks the trainee: present keeps the record's hours, score and certificate; absent or excused
     * drops them (neither earns any).
     */
    static AttendanceDraft draft(long staffId, AttendanceMark mark, Attendance existing) {
        if (mark != AttendanceMark.PRESENT || existing == null || !existing.present()) {
            return AttendanceDraft.of(staffId, mark, null, null, null, null, null, null);
        }
        return AttendanceDraft.of(staffId, mark, existing.hours(), existing.score(), existing.passed(),
                existing.certificateNo(), existing.certificateIssued(), existing.certificateValidUntil());
    }
}
