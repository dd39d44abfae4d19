package org.xingfeng.matters.api;

import java.io.InputStream;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.remote.Remote;

/**
 * 导入导出: a unit's list as a spreadsheet in the layout of the bureau's matters list (attachment 1 of the 2019 work
 * plan), read in and written out. Imports need the role {@link MatterItemService#EDITOR_ROLE} (or admin) and are
 * audited per item.
 */
@Remote
public interface ListSheetService {

    /** The spreadsheet formats an import accepts. */
    enum Format {
        XLSX, CSV
    }

    /**
     * Imports a list, found by its header row (序号, 主项名称, 主项类别, 子项名称, 办理层级, 设定依据, 办理材料明细, 办理时限,
     * 办事流程, 备注). Blank or merged main-item cells inherit from the row above; a main item that appears again
     * (after a page break) is the same main item. Sub-items already in the unit's list (same main item and name) are
     * updated. All or nothing: any bad row and nothing is stored; the report names every bad row. 404 for a unit out
     * of the actor's reach.
     */
    ImportReport importList(Actor actor, long unitId, InputStream file, Format format, boolean dryRun);

    /** The unit's list in the same layout, ready to be re-imported; 404 for a unit out of the actor's reach. */
    Table exportList(Actor actor, long unitId);
}
