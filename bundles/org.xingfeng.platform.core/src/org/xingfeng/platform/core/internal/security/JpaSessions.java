package org.xingfeng.platform.core.internal.security;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.core.internal.org.OrgTree;
import org.xingfeng.platform.core.internal.store.PlatformStore;
import org.xingfeng.platform.core.internal.store.SessionEntity;
import org.xingfeng.platform.core.internal.store.StaffEntity;
import org.xingfeng.platform.core.internal.store.UserEntity;

/**
 * Sessions in the platform's table {@code PLT_SESSION}. A change joins the platform's transaction open on this thread
 * (a login, a password change), so the session starts or ends with it.
 */
final class JpaSessions implements TokenStore.Sessions {

    private final PlatformStore store;
    private final OrgTree orgTree;

    JpaSessions(PlatformStore store, OrgTree orgTree) {
        this.store = store;
        this.orgTree = orgTree;
    }

    private void change(Consumer<EntityManager> work) {
        Optional<EntityManager> open = Jpa.current().filter(store::owns);
        if (open.isPresent()) {
            work.accept(open.get());
        } else {
            Jpa.run(store.emf(), work);
        }
    }

    @Override
    public void insert(String tokenHash, long userId, Instant createdAt, Instant expiresAt,
            boolean mustChangePassword) {
        SessionEntity s = new SessionEntity();
        s.tokenHash = tokenHash;
        s.userId = userId;
        s.createdAt = createdAt;
        s.expiresAt = expiresAt;
        s.mustChangePassword = mustChangePassword;
        change(em -> {
            em.persist(s);
            em.flush();
        });
    }

    @Override
    public Optional<TokenStore.Entry> find(String tokenHash) {
        return Jpa.read(store.emf(), em -> {
            SessionEntity s = em.find(SessionEntity.class, tokenHash);
            if (s == null) {
                return Optional.empty();
            }
            UserEntity u = em.find(UserEntity.class, s.userId);
            if (u == null || !u.enabled) {
                return Optional.empty();
            }
            Long home = u.homeUnitId;
            if (u.staffId != null) {
                StaffEntity staff = em.find(StaffEntity.class, u.staffId);
                home = staff == null ? Long.valueOf(-1) : staff.unitId; // a lost staff member reaches nowhere
            }
            Actor actor = new Actor(u.id, u.username, u.roleSet(), orgTree.reachOf(home));
            return Optional.of(new TokenStore.Entry(actor, u.staffId, home, s.expiresAt, s.mustChangePassword));
        });
    }

    @Override
    public void delete(String tokenHash) {
        change(em -> em.createQuery("delete from SessionEntity s where s.tokenHash = :h").setParameter("h", tokenHash)
                .executeUpdate());
    }

    @Override
    public void deleteUser(long userId) {
        change(em -> em.createQuery("delete from SessionEntity s where s.userId = :u").setParameter("u", userId)
                .executeUpdate());
    }

    @Override
    public void deleteStaff(long staffId) {
        change(em -> em.createQuery(
                "delete from SessionEntity s where s.userId in (select u.id from UserEntity u where u.staffId = :s)")
                .setParameter("s", staffId).executeUpdate());
    }

    @Override
    public void deleteExpired(Instant now) {
        change(em -> em.createQuery("delete from SessionEntity s where s.expiresAt <= :now").setParameter("now", now)
                .executeUpdate());
    }
}
