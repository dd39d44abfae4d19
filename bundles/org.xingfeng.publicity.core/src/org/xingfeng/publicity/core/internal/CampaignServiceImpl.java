package org.xingfeng.publicity.core.internal;

import static org.xingfeng.publicity.core.internal.PublicityText.MESSAGES;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.publicity.api.campaigns.Activity;
import org.xingfeng.publicity.api.campaigns.ActivityDraft;
import org.xingfeng.publicity.api.campaigns.Campaign;
import org.xingfeng.publicity.api.campaigns.CampaignDraft;
import org.xingfeng.publicity.api.campaigns.CampaignQuery;
import org.xingfeng.publicity.api.campaigns.CampaignService;
import org.xingfeng.publicity.api.campaigns.Channel;
import org.xingfeng.publicity.api.campaigns.Outputs;
import org.xingfeng.publicity.api.campaigns.TargetGroup;
import org.xingfeng.publicity.api.campaigns.UnitOutputs;
import org.xingfeng.publicity.api.campaigns.VenueKind;

/**
 * 集中宣传 in PUB_CAMPAIGN and PUB_ACTIVITY. A campaign is seen by those whose reach holds its unit and by the accounts
 * of the units below it (who take part); it is changed only by the former. An activity belongs to the unit that held
 * it, which lies in the campaign's unit's subtree.
 */
@Component
public class CampaignServiceImpl implements CampaignService {

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final OrgService org;
    private final BureauTime time;

    @Activate
    public CampaignServiceImpl(@Reference PublicityDatabase database, @Reference AuditLog audit,
            @Reference OrgService org, @Reference BureauTime time) {
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.time = time;
    }

    /** The units above the actor's home unit (whose campaigns the actor's units take part in). */
    private Set<Long> above(Actor actor) {
        Set<Long> ids = new HashSet<>();
        Long home = actor.reach().homeUnitId();
        if (home == null) {
            return ids;
        }
        Long up = org.unit(Actor.SYSTEM, home).map(OrgUnit::parentId).orElse(null);
        while (up != null && ids.add(up) && ids.size() < 64) {
            up = org.unit(Actor.SYSTEM, up).map(OrgUnit::parentId).orElse(null);
        }
        return ids;
    }

    private boolean visible(Actor actor, long unitId) {
        return actor.reach().contains(unitId) || above(actor).contains(unitId);
    }

    /** The campaign when the actor sees it; 404 otherwise. */
    private CampaignEntity seen(EntityManager em, Actor actor, long id) {
        CampaignEntity e = em.find(CampaignEntity.class, id);
        if (e == null || !visible(actor, e.unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.campaign"), id);
        }
        return e;
    }

    @Override
    public Campaign create(Actor actor, CampaignDraft draft) {
        Access.requireEditor(actor);
        OrgUnit unit = checked(actor, draft);
        Campaign created = Jpa.inTransaction(emf, em -> {
            CampaignEntity e = new CampaignEntity();
            e.createdBy = actor.username();
            e.createdAt = Timestamp.from(time.now());
            fill(e, unit, draft);
            em.persist(e);
            em.flush();
            Campaign made = toRecord(e, new Names());
            audit.record(actor, "create", AUDIT_TYPE, made.id(), null, made);
            return made;
        });
        return created;
    }

    @Override
    public Campaign update(Actor actor, long id, CampaignDraft draft) {
        Access.requireEditor(actor);
        Names names = new Names();
        Campaign before = Jpa.read(emf, em -> {
            CampaignEntity e = em.find(CampaignEntity.class, id);
            if (e == null || !actor.reach().contains(e.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.campaign"), id);
            }
            return toRecord(e, names);
        });
        OrgUnit unit = checked(actor, draft);
        Campaign after = Jpa.inTransaction(emf, em -> {
            CampaignEntity e = em.find(CampaignEntity.class, id);
            if (e == null || !actor.reach().contains(e.unitId)) {
                throw new NotFoundException(MESSAGES.text("entity.campaign"), id);
            }
            fill(e, unit, draft);
            Campaign changed = toRecord(e, names);
            audit.record(actor, "update", AUDIT_TYPE, id, before, changed);
            return changed;
        });
        return after;
    }

    private OrgUnit checked(Actor actor, CampaignDraft draft) {
        ArticleRules.throwIfAny(CampaignRules.check(draft));
        Optional<OrgUnit> unit = org.unit(actor, draft.unitId());
        if (unit.isEmpty()) {
            ArticleRules.throwIfAny(List.of(FieldError.of("unitId", MESSAGES.text("unit.unknown", draft.unitId()))));
        }
        return unit.get();
    }

    private static void fill(CampaignEntity e, OrgUnit unit, CampaignDraft d) {
        e.unitId = unit.id();
        e.theme = d.theme().strip();
        e.startDate = d.startDate();
        e.endDate = d.endDate();
        e.goal = d.goal() == null || d.goal().isBlank() ? null : d.goal().strip();
        e.targetGroups = CampaignRules.join(d.targetGroups());
        e.venueKinds = CampaignRules.join(d.venueKinds());
        e.channels = CampaignRules.join(d.channels());
    }

    @Override
    public Optional<Campaign> campaign(Actor actor, long id) {
        Access.requireReader(actor);
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(CampaignEntity.class, id))
                .filter(e -> visible(actor, e.unitId)).map(e -> toRecord(e, new Names())));
    }

    @Override
    public Page<Campaign> campaigns(Actor actor, CampaignQuery query, PageRequest page) {
        Access.requireReader(actor);
        CampaignQuery q = query == null ? CampaignQuery.ALL : query;
        List<Long> scope = UnitScope.ids(org, actor, q.unitId());
        List<Long> units;
        if (scope == null) {
            units = null;
        } else {
            units = new ArrayList<>(scope);
            if (q.unitId() == null) {
                units.addAll(above(actor));
            }
        }
        Names names = new Names();
        return Jpa.read(emf, em -> Jpa.page(em, CampaignEntity.class, "unitId", units, (cb, c) -> {
            List<Predicate> where = new ArrayList<>();
            if (q.year() != null) {
                where.add(cb.lessThanOrEqualTo(c.get("startDate"), ArticleRules.lastDay(q.year())));
                where.add(cb.greaterThanOrEqualTo(c.get("endDate"), ArticleRules.firstDay(q.year())));
            }
            if (q.text() != null && !q.text().isBlank()) {
                where.add(cb.like(c.get("theme"), Jpa.contains(q.text())));
            }
            return where;
        }, (cb, c) -> cb.desc(c.get("startDate")), page)).map(e -> toRecord(e, names));
    }

    @Override
    public Activity addActivity(Actor actor, long campaignId, ActivityDraft draft) {
        Access.requireEditor(actor);
        Names names = new Names();
        Activity created = Jpa.inTransaction(emf, em -> {
            CampaignEntity c = seen(em, actor, campaignId);
            long unit = checkedUnit(actor, c, draft);
            ActivityEntity e = new ActivityEntity();
            e.campaignId = campaignId;
            e.createdBy = actor.username();
            e.createdAt = Timestamp.from(time.now());
            fill(e, unit, draft);
            em.persist(e);
            em.flush();
            Activity made = toRecord(e, names);
            audit.record(actor, "create", ACTIVITY_AUDIT_TYPE, made.id(), null, made);
            return made;
        });
        return created;
    }

    @Override
    public Activity updateActivity(Actor actor, long activityId, ActivityDraft draft) {
        Access.requireEditor(actor);
        Names names = new Names();
        Activity[] beforeAfter = Jpa.inTransaction(emf, em -> {
            ActivityEntity e = activity(em, actor, activityId);
            Activity before = toRecord(e, names);
            CampaignEntity c = em.find(CampaignEntity.class, e.campaignId);
            long unit = checkedUnit(actor, c, draft);
            fill(e, unit, draft);
            Activity changed = toRecord(e, names);
            audit.record(actor, "update", ACTIVITY_AUDIT_TYPE, activityId, before, changed);
            return new Activity[] { before, changed };
        });
        return beforeAfter[1];
    }

    @Override
    public void deleteActivity(Actor actor, long activityId) {
        Access.requireEditor(actor);
        Activity before = Jpa.inTransaction(emf, em -> {
            ActivityEntity e = activity(em, actor, activityId);
            Activity shown = toRecord(e, new Names());
            em.remove(e);
            audit.record(actor, "delete", ACTIVITY_AUDIT_TYPE, activityId, shown, null);
            return shown;
        });
    }

    private static ActivityEntity activity(EntityManager em, Actor actor, long id) {
        ActivityEntity e = em.find(ActivityEntity.class, id);
        if (e == null || !actor.reach().contains(e.unitId)) {
            throw new NotFoundException(MESSAGES.text("entity.activity"), id);
        }
        return e;
    }

    /** The activity's unit: in the actor's reach and in the campaign's unit's subtree; 400 naming unitId otherwise. */
    private long checkedUnit(Actor actor, CampaignEntity c, ActivityDraft draft) {
        ArticleRules.throwIfAny(CampaignRules.check(draft, c.startDate, c.endDate, time.today()));
        long unit = draft.unitId();
        boolean inside = actor.reach().contains(unit) && org.subtree(Actor.SYSTEM, c.unitId).stream()
                .anyMatch(u -> u.id() == unit);
        if (!inside) {
            ArticleRules.throwIfAny(List.of(FieldError.of("unitId", MESSAGES.text("activity.unitOutside", unit))));
        }
        return unit;
    }

    private static void fill(ActivityEntity e, long unit, ActivityDraft d) {
        e.unitId = unit;
        e.date = d.date();
        e.venueKind = d.venueKind();
        e.venue = d.venue() == null || d.venue().isBlank() ? null : d.venue().strip();
        e.description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        e.leaflets = CampaignRules.count(d.leaflets());
        e.banners = CampaignRules.count(d.banners());
        e.screens = CampaignRules.count(d.screens());
        e.sessions = CampaignRules.count(d.sessions());
        e.peopleReached = CampaignRules.count(d.peopleReached());
    }

    @Override
    public List<Activity> activities(Actor actor, long campaignId, Long unitId) {
        Access.requireReader(actor);
        List<Long> units = UnitScope.ids(org, actor, unitId);
        Names names = new Names();
        return Jpa.read(emf, em -> {
            seen(em, actor, campaignId);
            return em.createQuery("SELECT a FROM ActivityEntity a WHERE a.campaignId = :c ORDER BY a.date, a.id",
                    ActivityEntity.class).setParameter("c", campaignId).getResultList().stream()
                    .filter(a -> units == null || units.contains(a.unitId)).map(a -> toRecord(a, names)).toList();
        });
    }

    @Override
    public List<UnitOutputs> rollup(Actor actor, long campaignId, Long unitId) {
        Access.requireReader(actor);
        CampaignEntity c = Jpa.read(emf, em -> seen(em, actor, campaignId));
        long root;
        if (unitId != null) {
            actor.reach().checkUnit(unitId);
            root = unitId;
        } else if (actor.reach().contains(c.unitId)) {
            root = c.unitId;
        } else {
            root = actor.reach().homeUnitId();
        }
        List<OrgUnit> tree = org.subtree(actor, root);
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, OrgUnit> byId = new HashMap<>();
        for (OrgUnit u : tree) {
            byId.put(u.id(), u);
        }
        for (OrgUnit u : tree) {
            parents.put(u.id(), u.id() == root || !byId.containsKey(u.parentId()) ? null : u.parentId());
        }
        Map<Long, Outputs> own = new HashMap<>();
        for (Activity a : activities(actor, campaignId, root)) {
            own.merge(a.unitId(), a.outputs(), Outputs::plus);
        }
        Map<Long, Outputs> total = CampaignRules.rollUp(parents, own);
        List<UnitOutputs> out = new ArrayList<>();
        LinkedHashMap<Long, Integer> order = CampaignRules.depthFirst(root, parents);
        order.forEach((unit, depth) -> out.add(new UnitOutputs(unit, byId.get(unit).name(), parents.get(unit), depth,
                own.getOrDefault(unit, Outputs.NONE), total.get(unit))));
        return out;
    }

    @Override
    public Table table(List<Campaign> campaigns) {
        List<List<Object>> rows = new ArrayList<>();
        for (Campaign c : campaigns) {
            rows.add(Arrays.asList(c.id(), c.unitName(), c.theme(), c.startDate(), c.endDate(), c.goal(),
                    names(c.targetGroups()), names(c.venueKinds()), names(c.channels())));
        }
        return new Table("宣传活动", "宣传活动", List.of(zh("column.id"), zh("column.unit"), zh("column.theme"),
                zh("column.startDate"), zh("column.endDate"), zh("column.goal"), zh("column.targetGroups"),
                zh("column.venueKinds"), zh("column.channels")), rows);
    }

    @Override
    public Table activitiesTable(Campaign campaign, List<Activity> activities) {
        List<List<Object>> rows = new ArrayList<>();
        for (Activity a : activities) {
            Outputs o = a.outputs();
            rows.add(Arrays.asList(a.id(), a.date(), a.unitName(), zh("venue." + a.venueKind().name()), a.venue(),
                    a.description(), o.leaflets(), o.banners(), o.screens(), o.sessions(), o.peopleReached()));
        }
        return new Table(campaign.theme() + " 活动记录", "活动记录", List.of(zh("column.id"), zh("column.date"),
                zh("column.unit"), zh("column.venueKind"), zh("column.venue"), zh("column.description"),
                zh("column.leaflets"), zh("column.banners"), zh("column.screens"), zh("column.sessions"),
                zh("column.peopleReached")), rows);
    }

    @Override
    public Table rollupTable(Campaign campaign, List<UnitOutputs> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (UnitOutputs u : lines) {
            Outputs t = u.total();
            rows.add(Arrays.asList("—".repeat(u.depth()) + (u.depth() > 0 ? " " : "") + u.unitName(), t.activities(),
                    t.leaflets(), t.banners(),
                    t.screens(), t.sessions(), t.peopleReached(), u.own().activities()));
        }
        return new Table(campaign.theme() + " 汇总", "汇总", List.of(zh("column.unit"), zh("column.activities"),
                zh("column.leaflets"), zh("column.banners"), zh("column.screens"), zh("column.sessions"),
                zh("column.peopleReached"), zh("column.activities") + "（" + zh("value.own") + "）"), rows);
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static String zh(String key) {
        return MESSAGES.get(Languages.CHINESE, key);
    }

    private Campaign toRecord(CampaignEntity e, Names names) {
        return new Campaign(e.id, e.unitId, names.unitName(e.unitId), e.theme, e.startDate, e.endDate, e.goal,
                CampaignRules.split(TargetGroup.class, e.targetGroups),
                CampaignRules.split(VenueKind.class, e.venueKinds), CampaignRules.split(Channel.class, e.channels),
                e.createdBy, e.createdAt == null ? null : e.createdAt.toInstant());
    }

    private Activity toRecord(ActivityEntity e, Names names) {
        return new Activity(e.id, e.campaignId, e.unitId, names.unitName(e.unitId), e.date, e.venueKind, e.venue,
                e.description, new Outputs(1, e.leaflets, e.banners, e.screens, e.sessions, e.peopleReached),
                e.createdBy, e.createdAt == null ? null : e.createdAt.toInstant());
    }

    /** Unit names looked up once per request. */
    private final class Names {
        private final Map<Long, Optional<OrgUnit>> units = new HashMap<>();

        String unitName(long id) {
            return units.computeIfAbsent(id, k -> org.unit(Actor.SYSTEM, k)).map(OrgUnit::name).orElse(null);
        }
    }
}
