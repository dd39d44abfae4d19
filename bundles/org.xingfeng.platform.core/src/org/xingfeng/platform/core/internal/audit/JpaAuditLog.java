package org.xingfeng.platform.core.internal.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditEntry;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.audit.AuditReader;
import org.xingfeng.platform.api.audit.AuditQuery;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.core.internal.Access;
import org.xingfeng.platform.core.internal.store.AuditEntryEntity;
import org.xingfeng.platform.core.internal.store.PlatformStore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.xingfeng.platform.api.time.BureauTime;

/** The audit log in the platform's tables. Entries are written in their own transaction after the change. */
@Component(service = { AuditLog.class, AuditReader.class })
public class JpaAuditLog implements AuditLog {

    static final Messages MESSAGES = Messages.of(JpaAuditLog.class);

    private final PlatformStore store;
    private final BureauTime time;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Activate
    public JpaAuditLog(@Reference PlatformStore store, @Reference BureauTime time) {
        this.time = time;
        this.store = store;
    }

    @Override
    public void record(Actor actor, String action, String entityType, Object entityId, Object before, Object after) {
        AuditEntryEntity e = new AuditEntryEntity();
        e.at = time.now();
        e.userId = actor.userId();
        e.username = actor.username();
        e.unitId = actor.reach().homeUnitId();
        e.action = action;
        e.entityType = entityType;
        e.entityId = entityId == null ? null : entityId.toString();
        e.before = toJson(before);
        e.after = toJson(after);
        Jpa.run(store.emf(), em -> em.persist(e));
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            return String.valueOf(value);
        }
    }

    @Override
    public Page<AuditEntry> query(Actor actor, AuditQuery query, PageRequest page) {
        Access.require(actor, Roles.ADMIN, Roles.AUDITOR);
        AuditQuery q = query == null ? AuditQuery.ALL : query;
        Reach reach = actor.reach();
        return Jpa.read(store.emf(), em -> Jpa.page(em, AuditEntryEntity.class, (cb, r) -> {
            List<Predicate> where = new ArrayList<>();
            if (!reach.everywhere()) { // the entries of accounts at home in the reach
                where.add(r.get("unitId").in(reach.unitIds()));
            }
            if (q.entityType() != null) {
                where.add(cb.equal(r.get("entityType"), q.entityType()));
            }
            if (q.entityId() != null) {
                where.add(cb.equal(r.get("entityId"), q.entityId()));
            }
            if (q.username() != null) {
                where.add(cb.equal(r.get("username"), q.username()));
            }
            if (q.from() != null) {
                where.add(cb.greaterThanOrEqualTo(r.get("at"), q.from()));
            }
            if (q.to() != null) {
                where.add(cb.lessThan(r.get("at"), q.to()));
            }
            return where;
        }, (cb, r) -> cb.desc(r.get("id")), page).map(AuditEntryEntity::toRecord));
    }

    @Override
    public Page<AuditEntry> entityHistory(String entityType, String entityId, PageRequest page) {
        if (entityType == null || entityType.isBlank() || entityId == null || entityId.isBlank()) {
            throw new ValidationException("entityId", MESSAGES.text("jpaAuditLog.entity_type_and_id_required"));
        }
        return Jpa.read(store.emf(), em -> Jpa.page(em, AuditEntryEntity.class,
                (cb, r) -> List.of(cb.equal(r.get("entityType"), entityType), cb.equal(r.get("entityId"), entityId)),
                (cb, r) -> cb.desc(r.get("id")), page).map(AuditEntryEntity::toRecord));
    }
}
