package org.xingfeng.publicity.api.campaigns;

import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 集中宣传: campaigns and their activities. Changes need {@code publicity.editor} (or admin) and are audited (entity
 * types {@code publicity.campaign} and {@code publicity.activity}); reading needs a publicity role, admin or auditor.
 * A campaign belongs to its unit: it is read by those whose reach holds that unit and by the units below it that take
 * part; changed only by the former. An activity belongs to the unit that held it. Anything else answers 404; a unit out
 * of reach in a body 400 naming it.
 */
@Remote
public interface CampaignService {

    String AUDIT_TYPE = "publicity.campaign";
    String ACTIVITY_AUDIT_TYPE = "publicity.activity";

    Campaign create(Actor actor, CampaignDraft draft);

    Campaign update(Actor actor, long id, CampaignDraft draft);

    Optional<Campaign> campaign(Actor actor, long id);

    /** Latest start first. */
    Page<Campaign> campaigns(Actor actor, CampaignQuery query, PageRequest page);

    Table table(List<Campaign> campaigns);

    Activity addActivity(Actor actor, long campaignId, ActivityDraft draft);

    Activity updateActivity(Actor actor, long activityId, ActivityDraft draft);

    void deleteActivity(Actor actor, long activityId);

    /** The campaign's activities held by the unit and the units below it (default: the reach), by date. */
    List<Activity> activities(Actor actor, long campaignId, Long unitId);

    Table activitiesTable(Campaign campaign, List<Activity> activities);

    /**
     * The campaign's outputs rolled up the org tree from the unit asked for (default: the campaign's unit when in
     * reach, else the actor's home unit) down, within the reach: one line per unit, parents before children.
     */
    List<UnitOutputs> rollup(Actor actor, long campaignId, Long unitId);

    Table rollupTable(Campaign campaign, List<UnitOutputs> rows);
}
