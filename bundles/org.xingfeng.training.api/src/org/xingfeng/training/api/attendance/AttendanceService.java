package org.xingfeng.training.api.attendance;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * Attendance per member of staff and session. Recording needs the training officer's role or an administrator's, the
 * session's course and the staff member both in the actor's reach, and is audited ({@link #AUDIT_TYPE}); recording
 * again for the same staff member and session replaces the record. Officers, auditors and administrators read the
 * records of their reach; a member of staff reads their own ({@link #mine}). Out of reach answers "not found"; bad
 * input a {@code ValidationException} naming the field, nothing changed.
 */
@Remote
public interface AttendanceService {

    String AUDIT_TYPE = "training.attendance";

    Attendance record(Actor actor, long sessionId, AttendanceDraft draft);

    /** Several at once, all or nothing: the first bad entry names its row ({@code details[].row}, from 1). */
    List<Attendance> recordAll(Actor actor, long sessionId, List<AttendanceDraft> drafts);

    void delete(Actor actor, long id);

    /**
     * Imports a session's sign-in sheet (签到表, XLSX): columns 工号 and/or 姓名, optionally 出勤, 学时, 成绩, 考核, 证书编号,
     * 发证日期, 有效期至. All or nothing: every bad row is reported (its sheet row and column) and then nothing is stored;
     * with {@code dryRun} nothing is stored either way. A staff number or name outside the actor's reach is unknown; a
     * name shared by two staff members of the reach needs the number. {@code created} and {@code updated} count the
     * records made and replaced (or that would be).
     */
    ImportReport importSheet(Actor actor, long sessionId, InputStream xlsx, boolean dryRun);

    Optional<Attendance> attendance(Actor actor, long id);

    /** By session day, newest first. */
    Page<Attendance> list(Actor actor, AttendanceQuery query, PageRequest page);

    Table export(Actor actor, AttendanceQuery query);

    /** The records as a sheet (Chinese headers), for XLSX export. */
    Table table(List<Attendance> records);

    /** The actor's own record (the staff member linked to their account), newest first; empty without one. */
    List<Attendance> mine(Actor actor);
}
