package org.xingfeng.windows.api.records;

import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 办件. Opening a record and its steps need window staff, the lobby manager or {@code windows.admin} (or admin); reading
 * needs a windows role, admin or auditor. Every record belongs to a unit: out of the caller's reach it answers 404, a
 * window, ticket or unit named in a draft out of reach 400 naming the field. A step the record's state does not allow is
 * a 409 {@code record_state} naming the state; nothing changes. Every change is audited (entity type
 * {@value #AUDIT_TYPE}). The citizen's name and ID number are shown in clear to window staff, lobby managers and
 * windows administrators of the reach, masked to everybody else (auditors, administrators).
 */
@Remote
public interface HandlingRecordService {

    String AUDIT_TYPE = "windows.record";

    /** Opens a record (state RECEIVED) numbered within its unit. */
    HandlingRecord open(Actor actor, HandlingRecordDraft draft);

    /** The next step; closing steps (办结, 不予受理, 退回, 一次性告知) issue the evaluation ticket when evaluations is present. */
    HandlingRecord step(Actor actor, long recordId, StepDraft step);

    Optional<HandlingRecord> record(Actor actor, long id);

    /** By the unit and number. */
    Optional<HandlingRecord> byNumber(Actor actor, long unitId, String number);

    /** Newest first. */
    Page<HandlingRecord> records(Actor actor, HandlingRecordQuery query, PageRequest page);

    /**
     * The materials of the record's matter as its guide lists them (to pick the missing ones for 一次性告知); empty without
     * the matters module or when the matter is not in the unit's list.
     */
    List<String> guideMaterials(Actor actor, long recordId);

    /** 按时办结率: a total line first, then the parts. */
    List<OnTimeRate> onTime(Actor actor, OnTimeQuery query);

    Table table(Actor actor, List<HandlingRecord> records);

    Table onTimeTable(List<OnTimeRate> rates);
}
