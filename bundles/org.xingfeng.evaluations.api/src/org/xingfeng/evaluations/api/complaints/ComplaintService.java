package org.xingfeng.evaluations.api.complaints;

import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 投诉登记: register, verify (核实) and reply (答复), in that order. Changes need the role
 * {@code evaluations.officer} or {@code admin} and are audited (entity type {@code evaluations.complaint}); reading
 * needs one of officer, reviewer, auditor or admin, since complaints carry complainants' contacts; complainants' names
 * and contacts are in clear for officers only, masked for the others. Every method is checked against the actor's
 * reach: a complaint of another unit is "not found", lists hold the reach only. Bad input
 * throws a {@code ValidationException} (400), a step out of order a {@code ConflictException} (409,
 * {@code step_out_of_order}) that names the step due; neither changes anything.
 */
@Remote
public interface ComplaintService {

    /** Entity type of the audit entries. */
    String AUDIT_TYPE = "evaluations.complaint";

    Complaint register(Actor actor, ComplaintDraft draft);

    Complaint verify(Actor actor, long id, ComplaintVerification verification);

    Complaint reply(Actor actor, long id, ComplaintReply reply);

    Optional<Complaint> complaint(Actor actor, long id);

    /** Newest received first. */
    Page<Complaint> complaints(Actor actor, ComplaintQuery query, PageRequest page);

    /** The complaints as a sheet (Chinese headers), for XLSX export. */
    Table table(List<Complaint> complaints);

    /**
     * Every complaint of the list as a sheet, as {@link #complaints} shows them to the actor. An export with
     * complainants' data in clear (an officer's) is recorded in the audit log (action {@code export}, the query as
     * {@code after}).
     */
    Table export(Actor actor, ComplaintQuery query);

    /**
     * 通报批评 list of a year: staff with at least {@link #criticismThreshold()} upheld complaints of the counted
     * categories received that year, most complaints first; {@code unitId} (optional) limits it to that unit's
     * subtree.
     */
    List<CriticismNotice> criticism(Actor actor, int year, Long unitId);

    Table criticismTable(List<CriticismNotice> notices);

    /** Working days from the received date to the reply deadline (default 5). */
    int replyDays();

    /** Upheld complaints in a year that bring a notice of criticism (default 2). */
    int criticismThreshold();
}
