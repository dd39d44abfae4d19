package org.xingfeng.training.api.courses;

import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 培训课程 and their sessions. Changes need the training officer's role or an administrator's and are audited
 * (entity types {@link #AUDIT_TYPE} and {@link #SESSION_AUDIT_TYPE}); reading needs one of officer, auditor, admin or
 * staff (every member of staff may see which courses exist). Every method is checked against the actor's reach: a
 * course of a unit outside it is "not found", lists hold the reach only. Bad input throws a
 * {@code ValidationException} naming the field (400) and changes nothing; a course with attendance is not deleted
 * (409 {@code course_has_attendance}).
 */
@Remote
public interface CourseService {

    String AUDIT_TYPE = "training.course";
    String SESSION_AUDIT_TYPE = "training.session";

    Course create(Actor actor, CourseDraft draft);

    Course update(Actor actor, long id, CourseDraft draft);

    void delete(Actor actor, long id);

    Optional<Course> course(Actor actor, long id);

    /** Newest start first. */
    Page<Course> courses(Actor actor, CourseQuery query, PageRequest page);

    /** Every course of the list as a sheet (Chinese headers), for XLSX export. */
    Table export(Actor actor, CourseQuery query);

    TrainingSession addSession(Actor actor, long courseId, SessionDraft draft);

    TrainingSession updateSession(Actor actor, long sessionId, SessionDraft draft);

    void deleteSession(Actor actor, long sessionId);

    /** The course's sessions, by day and time (404 when the course is out of reach). */
    List<TrainingSession> sessions(Actor actor, long courseId);

    Table sessionsTable(Actor actor, long courseId);
}
