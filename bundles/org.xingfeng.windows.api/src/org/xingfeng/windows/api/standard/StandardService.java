package org.xingfeng.windows.api.standard;

import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 大厅标准化: the standard (one for the installation, seed 001's list until edited), each hall's inventory against it,
 * and dated inspections. Changing the standard needs {@code windows.admin} or admin reaching the whole installation
 * (403 otherwise); inventories and inspections need {@code windows.admin} (or admin) within reach. Audited (entity
 * type {@code windows.standard}). A hall out of reach answers 404.
 */
@Remote
public interface StandardService {

    String AUDIT_TYPE = "windows.standard";

    /** The standard's items by code. */
    List<StandardItem> items(Actor actor);

    StandardItem createItem(Actor actor, StandardItemDraft draft);

    StandardItem updateItem(Actor actor, long id, StandardItemDraft draft);

    void removeItem(Actor actor, long id);

    HallInventory inventory(Actor actor, long hallId);

    /** Sets the counts given (others stay); an unknown item code is 400 naming {@code counts[i].itemCode}. */
    HallInventory setInventory(Actor actor, long hallId, List<InventoryCount> counts);

    /** Records an inspection with the hall's missing items of now. */
    Inspection inspect(Actor actor, InspectionDraft draft);

    /** Newest first. */
    List<Inspection> inspections(Actor actor, long hallId);

    Table inventoryTable(HallInventory inventory);
}
