package org.xingfeng.platform.core.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.AuthService;
import org.xingfeng.platform.api.security.AuthenticationException;
import org.xingfeng.platform.api.security.LoginSession;
import org.xingfeng.platform.api.security.UserAccount;
import org.xingfeng.platform.core.internal.org.OrgTree;
import org.xingfeng.platform.core.internal.store.PlatformStore;
import org.xingfeng.platform.core.internal.store.UserEntity;
import org.xingfeng.platform.api.time.BureauTime;

/** Logins against the user table, lockout after repeated failures, tokens from the {@link TokenStore}. */
@Component(configurationPid = AuthServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AuthServiceImpl.Config.class)
public class AuthServiceImpl implements AuthService {

    static final Messages MESSAGES = Messages.of(AuthServiceImpl.class);

    public static final String PID = "org.xingfeng.security.login";

    @ObjectClassDefinition(id = PID, name = "Login", description = "Logins and their lockout")
    public @interface Config {

        @AttributeDefinition(name = "Failures before a lockout",
                description = "failed logins in a row that lock an account")
        int login_maxFailures() default 5;

        @AttributeDefinition(name = "Lockout minutes", description = "how long a locked account stays locked")
        int login_lockMinutes() default 15;
    }

    private final PlatformStore store;
    private final BureauTime time;
    private final TokenStore tokens;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final LoginLockout lockout;
    private final OrgTree orgTree;
    private final UserServiceImpl users;
    /** Verified against when the user does not exist, so both cases take the same time. */
    private final String dummyHash;

    @Activate
    public AuthServiceImpl(@Reference PlatformStore store, @Reference TokenStore tokens, @Reference AuditLog audit,
            @Reference PasswordHasher hasher, @Reference OrgTree orgTree, @Reference UserServiceImpl users,
            @Reference BureauTime time, Config config) {
        this.time = time;
        this.orgTree = orgTree;
        this.users = users;
        this.store = store;
        this.tokens = tokens;
        this.audit = audit;
        this.hasher = hasher;
        this.lockout = new LoginLockout(config.login_maxFailures(),
                Duration.ofMinutes(config.login_lockMinutes()));
        this.dummyHash = hasher.decoy();
    }

    @Override
    public LoginSession login(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw new ValidationException("username", MESSAGES.text("auth.username_and_password_required"));
        }
        Instant now = time.now();
        // The hash is checked outside any lock (it is the slow part); the failure count is then changed under the
        // row's lock, so parallel guesses are each counted. Unknown, locked and wrong all answer alike.
        Candidate candidate = Jpa.read(store.emf(), em -> em
                .createQuery("select u from UserEntity u where u.username = :n", UserEntity.class)
                .setParameter("n", username.strip()).getResultStream().findFirst()
                .map(u -> new Candidate(u.id, u.passwordHash)).orElse(null));
        boolean good = hasher.verify(password, candidate == null ? dummyHash : candidate.passwordHash());
        if (candidate == null) {
            audit.record(Actor.SYSTEM, "login-failed", "user", username.strip(), null, null);
            throw wrongCredentials();
        }
        // The org tree is read (if it must be) before the transaction: read inside it, it needs a second connection
        // while the login holds one, and a hundred logins at once held the whole pool waiting for that (10 s, a 500).
        orgTree.warm();
        // Each outcome is audited in the login's own transaction, filed under the account's home unit.
        Outcome outcome = Jpa.inTransaction(store.emf(), em -> {
            UserEntity u = em.find(UserEntity.class, candidate.id(), LockModeType.PESSIMISTIC_WRITE);
            if (u == null || !u.passwordHash.equals(candidate.passwordHash())) {
                audit.record(Actor.SYSTEM, "login-failed", "user", username.strip(), null, null);
                return Outcome.BAD; // removed or given a new password meanwhile
            }
            Actor account = new Actor(u.id, u.username, java.util.Set.of(),
                    orgTree.reachOf(users.toRecord(em, u).homeUnitId()));
            if (lockout.isLocked(u.lockedUntil, now)) {
                audit.record(account, "login-failed", "user", u.id, null, null);
                return Outcome.BAD;
            }
            if (!good || !u.enabled) {
                LoginLockout.State s = lockout.fail(u.failedLogins, now);
                u.failedLogins = s.failures();
                u.lockedUntil = s.lockedUntil();
                audit.record(account, "login-failed", "user", u.id, null, null);
                if (s.lockedUntil() != null) {
                    audit.record(account, "lock", "user", u.id, null, null);
                }
                return Outcome.BAD;
            }
            u.failedLogins = 0;
            u.lockedUntil = null;
            UserAccount user = users.toRecord(em, u);
            Actor actor = new Actor(user.id(), user.username(), user.roles(), orgTree.reachOf(user.homeUnitId()));
            TokenStore.Issued issued = tokens.issue(actor, user.mustChangePassword());
            // audited last: the audit chain's head row stays locked from the entry to the commit
            audit.record(actor, "login", "user", u.id, null, null);
            return new Outcome(Result.OK, user, issued);
        });
        if (outcome.result() != Result.OK) {
            throw wrongCredentials();
        }
        return new LoginSession(outcome.issued().token(), outcome.issued().expiresAt(), outcome.user());
    }

    /** One answer for an unknown name, a wrong password, a disabled and a locked account: nothing to tell apart. */
    private static AuthenticationException wrongCredentials() {
        return new AuthenticationException("invalid_credentials", MESSAGES.text("auth.wrong_username_or_password"));
    }

    private record Candidate(long id, String passwordHash) {
    }

    private enum Result {
        OK, BAD
    }

    private record Outcome(Result result, UserAccount user, TokenStore.Issued issued) {
        static final Outcome BAD = new Outcome(Result.BAD, null, null);
    }

    @Override
    public Optional<Actor> authenticate(String token) {
        return tokens.find(token).map(e -> {
            Actor a = e.actor();
            return new Actor(a.userId(), a.username(), a.roles(), orgTree.reachOf(e.homeUnitId()));
        });
    }

    @Override
    public boolean passwordChangeRequired(String token) {
        return tokens.find(token).map(TokenStore.Entry::mustChangePassword).orElse(false);
    }

    @Override
    public void logout(String token) {
        tokens.find(token).ifPresent(e -> Jpa.run(store.emf(), em -> {
            audit.record(e.actor(), "logout", "user", e.actor().userId(), null, null);
            tokens.revoke(token);
        }));
        tokens.forget(token);
    }

    @Override
    public void changePassword(Actor actor, String oldPassword, String newPassword) {
        PasswordPolicy.check(actor.username(), newPassword);
        boolean changed = Jpa.inTransaction(store.emf(), em -> {
            UserEntity u = em.find(UserEntity.class, actor.userId());
            if (u == null || !hasher.verify(oldPassword == null ? "" : oldPassword, u.passwordHash)) {
                return false;
            }
            if (hasher.verify(newPassword, u.passwordHash)) {
                throw new ValidationException("newPassword", MESSAGES.text("auth.new_password_differ_from_old"));
            }
            u.passwordHash = hasher.hash(newPassword);
            u.mustChangePassword = false;
            audit.record(actor, "change-password", "user", actor.userId(), null, null);
            tokens.revokeUser(actor.userId());
            return true;
        });
        if (!changed) {
            throw new ValidationException("oldPassword", MESSAGES.text("auth.old_password_wrong"));
        }
        tokens.forgetUser(actor.userId());
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(PASSWORD_CHANGED, Map.of(USERNAME, actor.username())));
        }
    }

    /** Posted after an account's own password change (property {@link #USERNAME}); inside the platform only. */
    public static final String PASSWORD_CHANGED = "org/xingfeng/platform/security/PASSWORD_CHANGED";
    public static final String USERNAME = "username";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
}
