package org.xingfeng.platform.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

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
import org.xingfeng.platform.api.audit.AuditVerification;
import org.xingfeng.platform.api.audit.AuditQuery;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.core.internal.Access;
import org.xingfeng.platform.core.internal.store.AuditChainEntity;
import org.xingfeng.platform.core.internal.store.AuditEntryEntity;
import org.xingfeng.platform.core.internal.store.PlatformStore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.xingfeng.platform.api.time.BureauTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log in the platform's tables. An entry is written in the caller's transaction when there is one
 * ({@link Jpa#current()}), else in its own, always in JDBC under the lock of the chain's head row: the entry's id is
 * the head's next, its hash covers the hash before it, and the head moves on in the same transaction.
 */
@Component(service = { AuditLog.class, AuditReader.class })
public class JpaAuditLog implements AuditLog {

    static final Messages MESSAGES = Messages.of(JpaAuditLog.class);
    private static final Logger LOG = LoggerFactory.getLogger(JpaAuditLog.class);

    private final PlatformStore store;
    private final BureauTime time;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Activate
    public JpaAuditLog(@Reference PlatformStore store, @Reference BureauTime time) {
        this.time = time;
        this.store = store;
        try {
            Jpa.run(store.emf(), JpaAuditLog::startChain);
        } catch (RuntimeException e) { // another server of the database made the head at the same moment
            Jpa.run(store.emf(), JpaAuditLog::startChain);
        }
    }

    /**
     * Makes the chain's head once: after the last chained entry when there is one (a head deleted in the database
     * must not restart the chain), else after the last entry written before the chain began.
     */
    private static void startChain(EntityManager em) {
        if (em.find(AuditChainEntity.class, AuditChainEntity.HEAD) != null) {
            return;
        }
        AuditChainEntity head = new AuditChainEntity();
        head.id = AuditChainEntity.HEAD;
        Long firstChained = em.createQuery("select min(e.id) from AuditEntryEntity e where e.hash is not null",
                Long.class).getSingleResult();
        if (firstChained != null) {
            AuditEntryEntity last = em.createQuery(
                    "select e from AuditEntryEntity e where e.hash is not null order by e.id desc",
                    AuditEntryEntity.class).setMaxResults(1).getSingleResult();
            head.firstId = firstChained;
            head.lastId = last.id;
            head.lastHash = last.hash;
        } else {
            Long max = em.createQuery("select max(e.id) from AuditEntryEntity e", Long.class).getSingleResult();
            head.lastId = max == null ? 0 : max;
            head.firstId = head.lastId + 1;
            head.lastHash = AuditChain.START;
        }
        em.persist(head);
    }

    @Override
    public void record(Actor actor, String action, String entityType, Object entityId, Object before, Object after) {
        AuditChain.Content c = new AuditChain.Content(0, time.now().truncatedTo(ChronoUnit.MILLIS), actor.userId(),
                actor.reach().homeUnitId(), cut(actor.username(), 64), cut(action, 64), cut(entityType, 64),
                entityId == null ? null : cut(entityId.toString(), 128), toJson(before), toJson(after));
        Optional<EntityManager> joined = Jpa.current();
        if (joined.isPresent()) {
            append(joined.get().unwrap(Connection.class), c);
        } else {
            Jpa.run(store.emf(), em -> append(em.unwrap(Connection.class), c));
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** Writes one entry on {@code con}, in its transaction; the head row stays locked until that commits. */
    static void append(Connection con, AuditChain.Content entry) {
        try {
            try (PreparedStatement lock = con
                    .prepareStatement("UPDATE PLT_AUDIT_CHAIN SET LAST_ID = LAST_ID + 1 WHERE ID = ?")) {
                lock.setLong(1, AuditChainEntity.HEAD);
                if (lock.executeUpdate() != 1) {
                    throw new IllegalStateException("the audit log's chain head is missing");
                }
            }
            long id;
            String previous;
            try (PreparedStatement head = con
                    .prepareStatement("SELECT LAST_ID, LAST_HASH FROM PLT_AUDIT_CHAIN WHERE ID = ?")) {
                head.setLong(1, AuditChainEntity.HEAD);
                try (ResultSet rs = head.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                    previous = rs.getString(2);
                }
            }
            AuditChain.Content c = new AuditChain.Content(id, entry.at(), entry.userId(), entry.unitId(),
                    entry.username(), entry.action(), entry.entityType(), entry.entityId(), entry.before(),
                    entry.after());
            String hash = AuditChain.hash(previous, c);
            try (PreparedStatement insert = con.prepareStatement("INSERT INTO PLT_AUDIT (ID, CHANGED_AT, USER_ID,"
                    + " UNIT_ID, USERNAME, ACTION, ENTITY_TYPE, ENTITY_ID, BEFORE_JSON, AFTER_JSON, ENTRY_HASH)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(c.at()));
                insert.setLong(3, c.userId());
                if (c.unitId() == null) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, c.unitId());
                }
                insert.setString(5, c.username());
                insert.setString(6, c.action());
                insert.setString(7, c.entityType());
                insert.setString(8, c.entityId());
                insert.setString(9, c.before());
                insert.setString(10, c.after());
                insert.setString(11, hash);
                insert.executeUpdate();
            }
            try (PreparedStatement move = con
                    .prepareStatement("UPDATE PLT_AUDIT_CHAIN SET LAST_HASH = ? WHERE ID = ?")) {
                move.setString(1, hash);
                move.setLong(2, AuditChainEntity.HEAD);
                move.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the audit entry failed: " + e.getMessage(), e);
        }
    }

    @Override
    public AuditVerification verify(Actor actor) {
        Access.require(actor, Roles.ADMIN, Roles.AUDITOR);
        Reach reach = actor.reach();
        java.util.function.Predicate<Long> visible = unit -> reach.everywhere()
                || unit != null && reach.unitIds().contains(unit);
        long started = System.nanoTime();
        AuditVerification result = Jpa.inTransaction(store.emf(), em -> {
            Connection con = em.unwrap(Connection.class);
            try {
                long firstId;
                long lastId;
                String lastHash;
                try (PreparedStatement head = con.prepareStatement(
                        "SELECT FIRST_ID, LAST_ID, LAST_HASH FROM PLT_AUDIT_CHAIN WHERE ID = ?")) {
                    head.setLong(1, AuditChainEntity.HEAD);
                    try (ResultSet rs = head.executeQuery()) {
                        if (!rs.next()) {
                            return new AuditVerification(false, 0, null, "missing", 1, false);
                        }
                        firstId = rs.getLong(1);
                        lastId = rs.getLong(2);
                        lastHash = rs.getString(3);
                    }
                }
                AuditChain.Walk walk = new AuditChain.Walk(firstId, AuditChain.START, visible);
                try (PreparedStatement entries = con.prepareStatement("SELECT ID, CHANGED_AT, USER_ID, UNIT_ID,"
                        + " USERNAME, ACTION, ENTITY_TYPE, ENTITY_ID, BEFORE_JSON, AFTER_JSON, ENTRY_HASH"
                        + " FROM PLT_AUDIT WHERE ID >= ? AND ID <= ? ORDER BY ID")) {
                    entries.setLong(1, firstId);
                    entries.setLong(2, lastId);
                    entries.setFetchSize(500);
                    try (ResultSet rs = entries.executeQuery()) {
                        while (rs.next()) {
                            long unit = rs.getLong(4);
                            Long unitId = rs.wasNull() ? null : unit;
                            walk.next(new AuditChain.Content(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                                    rs.getLong(3), unitId, rs.getString(5), rs.getString(6), rs.getString(7),
                                    rs.getString(8), rs.getString(9), rs.getString(10)), rs.getString(11));
                        }
                    }
                }
                walk.end(lastId, lastHash);
                return new AuditVerification(walk.intact(), walk.checked, walk.firstVisibleId,
                        walk.firstVisibleProblem, walk.problems,
                        walk.firstId != null && walk.firstVisibleId == null);
            } catch (SQLException e) {
                throw new IllegalStateException("reading the audit log failed: " + e.getMessage(), e);
            }
        });
        LOG.info("audit chain verified for {}: {} entries in {} ms, {}", actor.username(), result.checked(),
                (System.nanoTime() - started) / 1_000_000, result.intact() ? "intact" : result.problems() + " broken");
        return result;
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
        // the entries of accounts at home in the reach
        Set<Long> units = reach.everywhere() ? null : reach.unitIds();
        return Jpa.read(store.emf(), em -> Jpa.page(em, AuditEntryEntity.class, "unitId", units, (cb, r) -> {
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
