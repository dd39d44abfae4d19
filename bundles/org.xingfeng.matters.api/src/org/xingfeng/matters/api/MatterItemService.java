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
 * Every method checks the actor's reach: a unit, main item or sub-item of a unit outside it answers
 * {@link org.xingfeng.platform.api.NotFoundException} (404), as if it did not exist.
 */
@Remote
public interface MatterItemService {

    /** The role that changes a list: its items, imports and published versions. */
    String EDITOR_ROLE = "matters.editor";

    /** The unit's main items; 404 for a unit out of reach. */
    List<MainItem> mainItems(Actor actor, long unitId);

    /**
     * Sub-items matching the query: with a unit, that unit's (404 out of reach); without one, those of every unit in
     * the actor's reach.
     */
    Page<SubItem> subItems(Actor actor, SubItemQuery query, PageRequest page);

    /** The sub-item; empty when there is none or its unit is out of reach. */
    Optional<SubItem> subItem(Actor actor, long id);

    /** The main item; empty when there is none or its unit is out of reach. */
    Optional<MainItem> mainItem(Actor actor, long id);

    /**
     * Adds a sub-item under a main item. Editors only; audited; 409 when the main item has one of that name; a main
     * item out of reach is a validation error naming {@code mainItemId}.
     */
    SubItem createSubItem(Actor actor, SubItemDraft draft);

    /**
     * Changes a sub-item (it may move to another main item of the same unit). Editors only; audited; 404 for an
     * item out of reach, a validation error naming {@code mainItemId} for a main item out of reach.
     */
    SubItem updateSubItem(Actor actor, long id, SubItemDraft draft);

    /** Removes a sub-item. Editors only; audited with its last state; 404 for an item out of reach. */
    void deleteSubItem(Actor actor, long id);

    /**
     * A sub-item's history (版本留痕: who, when, what), newest first, from the audit log: for whoever may read the
     * item, not only those who read the audit log. A deleted item keeps its history (in reach of whoever reached its
     * unit); 404 for an id never used or of a unit out of reach.
     */
    List<ItemChange> history(Actor actor, long subItemId);
}
