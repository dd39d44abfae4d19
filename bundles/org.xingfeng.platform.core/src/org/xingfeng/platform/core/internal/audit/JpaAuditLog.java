package org.xingfeng.platform.core.internal.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditEntry;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.audit.AuditQuery;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.core.internal.Access;
import org.xingfeng.platform.core.internal.store.AuditEntryEntity;
import org.xingfeng.platform.core.internal.store.PlatformStore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The audit log in the platform's tables. Entries are written in their own transaction after the change. */
@Component
public class JpaAuditLog implements AuditLog {

    private final PlatformStore store;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Activate
    public JpaAuditLog(@Reference PlatformStore store) {
        this.store = store;
    }

    @Override
    public void record(Actor actor, String action, String entityType, Object entityId, Object before, Object after) {
        AuditEntryEntity e = new AuditEntryEntity();
        e.at = Instant.now();
        e.userId = actor.userId();
        e.username = actor.username();
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
        return Jpa.read(store.emf(), em -> {
            long total = em.createQuery(JpaAuditLog.<Long>criteria(em, q, true)).getSingleResult();
            TypedQuery<AuditEntryEntity> list = em.createQuery(JpaAuditLog.<AuditEntryEntity>criteria(em, q, false));
            list.setFirstResult(page.offset());
            list.setMaxResults(page.size());
            return new Page<>(list.getResultList().stream().map(AuditEntryEntity::toRecord).toList(), page.page(),
                    page.size(), total);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> CriteriaQuery<T> criteria(EntityManager em, AuditQuery q, boolean count) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<?> cq = count ? cb.createQuery(Long.class) : cb.createQuery(AuditEntryEntity.class);
        Root<AuditEntryEntity> r = cq.from(AuditEntryEntity.class);
        List<Predicate> where = new ArrayList<>();
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
        cq.where(where.toArray(Predicate[]::new));
        if (count) {
            ((CriteriaQuery<Long>) cq).select(cb.count(r));
        } else {
            ((CriteriaQuery<AuditEntryEntity>) cq).select(r).orderBy(cb.desc(r.get("id")));
        }
        return (CriteriaQuery<T>) cq;
    }
}
