package org.xingfeng.demands.core.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.xingfeng.demands.api.demands.Demand;
import org.xingfeng.demands.api.supervision.DeadlineStatus;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PersonalData;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Section;

/**
 * Demands as records, for one request: names from the org tree looked up once (for demands already checked against the
 * reach), the extension requests read with the demands, the deadline worked out for today, and the citizen's data
 * masked unless the caller may see it.
 */
final class DemandViews {

    private final OrgService org;
    private final DemandDeadlines deadlines;
    private final LocalDate today;
    private final Map<Long, Optional<Section>> sections = new HashMap<>();
    private final Map<Long, Optional<OrgUnit>> units = new HashMap<>();

    DemandViews(OrgService org, DemandDeadlines deadlines, LocalDate today) {
        this.org = org;
        this.deadlines = deadlines;
        this.today = today;
    }

    /** The extension requests of the demands, by demand. */
    static Map<Long, List<ExtensionEntity>> extensions(EntityManager em, Collection<Long> demandIds) {
        Map<Long, List<ExtensionEntity>> byDemand = new HashMap<>();
        if (demandIds.isEmpty()) {
            return byDemand;
        }
        List<Long> ids = new ArrayList<>(demandIds);
        for (int i = 0; i < ids.size(); i += 500) {
            em.createQuery("select x from ExtensionEntity x where x.demandId in :ids order by x.id",
                    ExtensionEntity.class).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
                    .getResultList().forEach(x -> byDemand.computeIfAbsent(x.demandId, k -> new ArrayList<>()).add(x));
        }
        return byDemand;
    }

    static List<ExtensionEntity> extensions(EntityManager em, long demandId) {
        return extensions(em, List.of(demandId)).getOrDefault(demandId, List.of());
    }

    /**
     * The units a list covers: the unit asked for and those below it, or the actor's reach without one (null, no
     * filter, for the whole installation); a unit unknown or out of reach is a 404.
     */
    static List<Long> scope(OrgService org, Actor actor, Long unitId) {
        Long top = actor.reach().listScope(unitId);
        if (top == null) {
            return null;
        }
        return top < 0 ? List.of(-1L) : org.subtree(actor, top).stream().map(OrgUnit::id).toList();
    }

    LocalDate today() {
        return today;
    }

    Demand demand(DemandEntity e, List<ExtensionEntity> extensions) {
        LocalDate due = deadlines.due(e, extensions, today);
        boolean pending = DemandDeadlines.pending(e, extensions);
        DeadlineStatus status = DeadlineRules.status(deadlines.calendar(), due, pending, e.repliedOn, today);
        return new Demand(e.id, e.unitId, unitName(e.unitId), e.channel, e.category, e.topic, e.text, e.citizenName,
                e.citizenPhone, e.citizenIdNumber, e.externalNo, e.address, e.receivedOn, e.state, e.instruction,
                e.leadSectionId, e.leadSectionId == null ? null : sectionName(e.leadSectionId),
                sectionIds(e.handlingSections), e.reply, e.satisfied, e.round, e.clockStart, due, e.repliedOn, pending,
                status, e.reminded, e.escalated, e.duplicateOf, e.registeredBy, instant(e.registeredAt),
                instant(e.updatedAt));
    }

    String unitName(long id) {
        return units.computeIfAbsent(id, k -> org.unit(Actor.SYSTEM, k)).map(OrgUnit::name).orElse(null);
    }

    String sectionName(long id) {
        return sections.computeIfAbsent(id, k -> org.section(Actor.SYSTEM, k)).map(Section::name).orElse(null);
    }

    /** The stored form of handling sections: ",1,2," (so that a LIKE '%,1,%' finds one), or null for none. */
    static String stored(List<Long> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder(",");
        ids.forEach(id -> s.append(id).append(','));
        return s.toString();
    }

    static List<Long> sectionIds(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The demand as the caller may see it: the citizen's name, telephone and identity number masked unless clear. */
    static Demand shown(Demand d, boolean clear) {
        if (clear || (d.citizenName() == null && d.citizenPhone() == null && d.citizenIdNumber() == null)) {
            return d;
        }
        return new Demand(d.id(), d.unitId(), d.unitName(), d.channel(), d.category(), d.topic(), d.text(),
                PersonalData.maskName(d.citizenName()), PersonalData.maskPhone(d.citizenPhone()),
                PersonalData.maskIdNumber(d.citizenIdNumber()), d.externalNo(), d.address(), d.receivedDate(),
                d.state(), d.instruction(), d.leadSectionId(), d.leadSectionName(), d.handlingSectionIds(), d.reply(),
                d.satisfied(), d.round(), d.clockStart(), d.dueDate(), d.repliedOn(), d.extensionPending(),
                d.deadline(), d.reminded(), d.escalated(), d.duplicateOf(), d.registeredBy(), d.registeredAt(),
                d.updatedAt());
    }
}
