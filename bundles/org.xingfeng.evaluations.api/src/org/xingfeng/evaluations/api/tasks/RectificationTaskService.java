package org.xingfeng.evaluations.api.tasks;

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
 * 自查整改任务. Changes need the role {@code evaluations.officer} (or admin) and are audited; reading needs only
 * a login, checked by the caller. Every change is all or nothing. Templates are the same for every unit; tasks are
 * checked against the actor's reach (their unit and below): out of reach they are "not found".
 */
@Remote
public interface RectificationTaskService {

    /** The id of the self-check table of the 2019 conduct work plan (34 items under 11 numbered goals). */
    String SELF_CHECK_2019 = "selfcheck-2019";

    List<SelfCheckTemplate> templates();

    Optional<SelfCheckTemplate> template(String id);

    /** One task per item of the template for the unit; a template is instantiated once per unit (409 again). */
    List<RectificationTask> instantiate(Actor actor, String templateId, long unitId);

    RectificationTask create(Actor actor, TaskDraft draft);

    /** The longest {@code sourceKey} of {@link #createOnce}. */
    int SOURCE_KEY_MAX = 200;

    /**
     * A task made for another module's record (e.g. a survey's finding), once: {@code sourceKey} names that record
     * stably, and a second call with the same key answers the task the first made, unchanged, even when its caller
     * never stored the answer (a failure between the two modules), so a retry neither makes a second task nor loses
     * the first. A key already used for a task of another unit, or of one out of reach, is a 409
     * {@code source_key_taken}.
     */
    RectificationTask createOnce(Actor actor, String sourceKey, TaskDraft draft);

    Optional<RectificationTask> task(Actor actor, long id);

    /** Without {@code query.unitId}, the tasks of the actor's whole reach. */
    Page<RectificationTask> tasks(Actor actor, TaskQuery query, PageRequest page);

    /** A change to an open task (409 when it is closed off: reopen it first). */
    RectificationTask update(Actor actor, long id, TaskUpdate update);

    /** 销号: closes the task off with evidence (required) and optional attachment names or links. */
    RectificationTask close(Actor actor, long id, String evidence, List<String> attachments);

    /** Reopens a closed-off task; an officer must give a reason. The task goes back to 进行中. */
    RectificationTask reopen(Actor actor, long id, String reason);

    /** Any list of tasks as a sheet for export. */
    Table table(List<RectificationTask> tasks);

    /**
     * The unit's tasks in the self-check table's layout (序号, 目标要求, 工作内容及要求, 完成时限, 自查情况,
     * 下一步改进措施、完成时限, then 状态 and 任务编号), for the unit to fill in and upload again.
     */
    Table selfCheckSheet(Actor actor, long unitId);

    /**
     * Reads a filled-in self-check sheet (XLSX) back: rows are matched by 任务编号 or, without one, by the item
     * number that starts 工作内容及要求; 自查情况, 下一步改进措施、完成时限 and 状态 are taken over. All or nothing:
     * with any bad row nothing is stored and the report names every bad row.
     */
    ImportReport importSelfCheckSheet(Actor actor, long unitId, InputStream xlsx, boolean dryRun);
}
