package org.xingfeng.demands.api.demands;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.files.FileContent;
import org.xingfeng.platform.api.files.StoredFile;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 民生诉求: register a demand and move it through its steps, each recorded with who and when (see
 * {@link DemandAction}). Roles: register, reply, satisfaction and close need {@code demands.officer}; instruct
 * {@code demands.head}; assign, extension decisions, reminders and escalations {@code demands.coordinator}; handle,
 * review and extension requests {@code demands.handler}; {@code admin} may do all; reading needs any of the module's
 * roles, {@code auditor} or {@code admin}. Every method is checked against the actor's reach: a demand of another unit
 * is "not found" (404), lists hold the reach only, a unit or section outside the reach in a body is a 400 naming the
 * field. A step the demand's state does not allow is a 409 ({@code step_not_allowed}) naming the state. Changes are
 * audited (entity type {@value #AUDIT_TYPE}) with the citizen's data masked.
 */
@Remote
public interface DemandService {

    /** Entity type of the audit entries. */
    String AUDIT_TYPE = "demands.demand";

    Demand register(Actor actor, DemandDraft draft);

    /** 阅示 by the head; the instruction is kept as a step of its own. */
    Demand instruct(Actor actor, long id, StepText instruction);

    /** 交办 by the coordinator (also after a reopening). */
    Demand assign(Actor actor, long id, Assignment assignment);

    Demand handle(Actor actor, long id, StepText handling);

    Demand review(Actor actor, long id, Review review);

    Demand reply(Actor actor, long id, StepText reply);

    /** 回访: satisfied moves it to 已回访, not satisfied reopens it with a new deadline counted from today. */
    Demand rate(Actor actor, long id, Satisfaction satisfaction);

    Demand close(Actor actor, long id);

    Demand requestExtension(Actor actor, long id, ExtensionRequest request);

    Demand decideExtension(Actor actor, long id, ExtensionDecision decision);

    /** 催办: allowed from the working day after a missed deadline, once per round. */
    Demand remind(Actor actor, long id, StepText note);

    /** 通报: allowed 5 working days after the reminder was due, once per round. */
    Demand escalate(Actor actor, long id, StepText note);

    /**
     * Links a demand as a duplicate (重复件) of an open demand of the same unit: it is closed with the other one's
     * number, shown with it and not counted twice in the figures.
     */
    Demand linkDuplicate(Actor actor, long id, long originalId);

    Optional<Demand> demand(Actor actor, long id);

    /** The steps, oldest first; a demand out of reach is a 404. */
    List<DemandStep> history(Actor actor, long id);

    /** Newest received first. */
    Page<Demand> demands(Actor actor, DemandQuery query, PageRequest page);

    /** Every demand of the list as a sheet; an export with citizens' data in clear is audited as an export. */
    Table export(Actor actor, DemandQuery query);

    /** A demand's steps as a sheet. */
    Table historyTable(Actor actor, long id);

    /**
     * Response templates (答复模板) of a category (configuration), the texts a reply starts from; {@code {topic}} stands for
     * the demand's topic. Any reader may read them.
     */
    List<String> templates(Actor actor, DemandCategory category);

    /**
     * Imports a 12345 hotline's spreadsheet export (XLSX; columns 工单号, 受理日期, 单位编码, 类别, 主题, 诉求内容, and optionally
     * 诉求人, 联系电话, 身份证号, 地址, named in the first row) as registered demands of channel 12345, all or nothing: with
     * any bad row (a unit outside the reach among them, a ticket number repeated or already imported) nothing is stored
     * and every bad row is reported. {@code dryRun} checks and stores nothing. Needs {@code demands.officer}.
     */
    ImportReport importHotline(Actor actor, InputStream xlsx, boolean dryRun);

    /** Module name of the demands' attachments in the platform's files. */
    String FILES_MODULE = "demands";
    /** Kind of the attachments of a demand itself (the citizen's letter, photos). */
    String FILES_DEMAND = "demand";
    /** Kind of the attachments of a step (the handling's, the reply's documents). */
    String FILES_STEP = "step";

    /**
     * 附件: stores a file for the demand ({@code stepId} null: the citizen's, with the demand's text) or for one of its
     * steps (a handling's or the reply's documents), kept by the platform's files with the demand's unit. Needs any of
     * the module's roles or {@code admin}; a demand out of reach or a step of another demand is a 404, a closed demand
     * a 409 ({@code demand_closed}); size and type limits as the platform's files say (413, 415).
     */
    StoredFile attach(Actor actor, long id, Long stepId, String name, InputStream content);

    /** The demand's attachments and its steps', oldest first (kind {@value #FILES_DEMAND} or {@value #FILES_STEP}). */
    List<StoredFile> attachments(Actor actor, long id);

    /** One attachment with its bytes; a file that is not the demand's or its steps' is a 404. */
    FileContent attachment(Actor actor, long id, long fileId);

    /** Removes an attachment: its uploader or {@code admin}, while the demand is not closed (409 otherwise). */
    void detach(Actor actor, long id, long fileId);

    /** Working days allowed for a category (configuration). */
    int deadlineDays(DemandCategory category);
}
