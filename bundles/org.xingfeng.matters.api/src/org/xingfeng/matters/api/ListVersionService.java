package org.xingfeng.matters.api;

import java.time.LocalDate;
import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;

/**
 * 清单版本: a unit's list published as dated versions, each a snapshot of every item with the list's 四最 figures.
 * Publishing needs the role {@link MatterItemService#EDITOR_ROLE} (or admin) and is audited
 * (entity type {@code matters.listVersion}). A unit or version of a unit outside the actor's reach answers
 * {@link org.xingfeng.platform.api.NotFoundException} (404).
 */
@Remote
public interface ListVersionService {

    /** Publishes the unit's current list as the next dated version. An empty list cannot be published. */
    ListVersion publish(Actor actor, long unitId, LocalDate effectiveDate, String note);

    /** The unit's published versions, newest first; their figures show how 四最 changed. */
    List<ListVersion> versions(Actor actor, long unitId);

    /** The items of a published version as they were. */
    List<SubItem> versionItems(Actor actor, long versionId);

    /** The 四最 figures of a published version's items, with every item's discretion findings. */
    ListMetrics versionMetrics(Actor actor, long versionId);

    /**
     * A published version against a later state of the same list: {@code againstVersionId}, or the current list
     * when null. A version of another unit as {@code against} is refused (400 naming {@code against}).
     */
    VersionComparison compare(Actor actor, long versionId, Long againstVersionId);
}
