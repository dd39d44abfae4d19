package org.xingfeng.matters.api;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.Table;

/** A unit's list of service matters. Changes need the role {@link #EDITOR_ROLE} and are audited. */
@Remote
public interface MattersService {

    String EDITOR_ROLE = "matters.editor";

    /** The spreadsheet formats an import accepts. */
    enum Format {
        XLSX, CSV
    }

    List<MainItem> mainItems(long unitId);

    Page<SubItem> subItems(SubItemQuery query, PageRequest page);

    Optional<SubItem> subItem(long id);

    Optional<MainItem> mainItem(long id);

    /** Adds a sub-item under a main item. Editors only; audited; 409 when the main item has one of that name. */
    SubItem createSubItem(Actor actor, SubItemDraft draft);

    /** Changes a sub-item (it may move to another main item of the same unit). Editors only; audited. */
    SubItem updateSubItem(Actor actor, long id, SubItemDraft draft);

    /** Removes a sub-item. Editors only; audited with its last state. */
    void deleteSubItem(Actor actor, long id);

    /**
     * A sub-item's history (版本留痕: who, when, what), newest first, from the audit log: for whoever may read the
     * item, not only those who read the audit log. A deleted item keeps its history; 404 for an id never used.
     */
    List<ItemChange> history(long subItemId);

    /**
     * Imports a list in the layout of the bureau's matters list (attachment 1 of the 2019 work plan), found by its
     * header row (序号, 主项名称, 主项类别, 子项名称, 办理层级, 设定依据, 办理材料明细, 办理时限, 办事流程, 备注).
     * Blank or merged main-item cells inherit from the row above; a main item that appears again (after a page
     * break) is the same main item. Sub-items already in the unit's list (same main item and name) are updated.
     * All or nothing: any bad row and nothing is stored; the report names every bad row.
     */
    ImportReport importList(Actor actor, long unitId, InputStream file, Format format, boolean dryRun);

    /** The unit's list in the same layout, ready to be re-imported. */
    Table exportList(long unitId);

    /**
     * 六统一: the unit's list against a standard list. With {@code standardUnitId} null the standard is the list
     * of the unit's province (its nearest ancestor of level PROVINCE).
     */
    ListComparison compare(long unitId, Long standardUnitId);

    /** The comparison as a sheet: one row per missing, extra or differing element. */
    Table comparisonTable(ListComparison comparison);

    /** 四最 figures of the unit's list. */
    ListMetrics metrics(long unitId);

    /**
     * Publishes the unit's current list as the next dated version (a snapshot of every item). Editors only;
     * audited. An empty list cannot be published.
     */
    ListVersion publish(Actor actor, long unitId, LocalDate effectiveDate, String note);

    /** The unit's published versions, newest first; their figures show how 四最 changed. */
    List<ListVersion> versions(long unitId);

    /** The items of a published version as they were. */
    List<SubItem> versionItems(long versionId);
}
