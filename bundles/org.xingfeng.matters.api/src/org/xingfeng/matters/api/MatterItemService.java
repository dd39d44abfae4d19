package org.xingfeng.matters.api;

import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;

/**
 * 事项: the items of a unit's list, main items (主项) and their sub-items (子项), and each sub-item's history.
 * Changes need the role {@link #EDITOR_ROLE} (or admin) and are audited (entity type {@code matters.subItem}).
 */
@Remote
public interface MatterItemService {

    /** The role that changes a list: its items, imports and published versions. */
    String EDITOR_ROLE = "matters.editor";

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
}
