package org.xingfeng.platform.core.internal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.module.ModuleInfo;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.module.RoleDefinition;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.security.UserAccount;
import org.xingfeng.platform.api.security.UserDraft;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.core.internal.Access;
import org.xingfeng.platform.core.internal.store.OrgUnitEntity;
import org.xingfeng.platform.core.internal.store.PlatformStore;
import org.xingfeng.platform.core.internal.store.StaffEntity;
import org.xingfeng.platform.core.internal.store.UserEntity;

/** Accounts in the platform's tables. Every change is an administrator's, is audited, and revokes the user's tokens. */
@Component(service = { UserService.class, UserServiceImpl.class })
public class UserServiceImpl implements UserService {

    static final Messages MESSAGES = Messages.of(UserServiceImpl.class);

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

    private final PlatformStore store;
    private final AuditLog audit;
    private final TokenStore tokens;
    private final ModuleRegistry modules;
    private final PasswordHasher hasher;

    @Activate
    public UserServiceImpl(@Reference PlatformStore store, @Reference AuditLog audit, @Reference TokenStore tokens,
            @Reference ModuleRegistry modules, @Reference PasswordHasher hasher) {
        this.store = store;
        this.audit = audit;
        this.tokens = tokens;
        this.modules = modules;
        this.hasher = hasher;
    }

    /** The account as a record; its home unit is its staff member's unit when it has one. */
    public UserAccount toRecord(EntityManager em, UserEntity u) {
        Long staffUnit = null;
        if (u.staffId != null) {
            StaffEntity staff = em.find(StaffEntity.class, u.staffId);
            staffUnit = staff == null ? Long.valueOf(-1) : staff.unitId; // a lost staff member reaches nowhere
        }
        return u.toRecord(staffUnit);
    }

    /** Whether an account is in the actor's reach: its home unit is; an installation account only for the like. */
    private static boolean inReach(Actor actor, UserAccount account) {
        return actor.reach().containsRecordOf(account.homeUnitId());
    }

    @Override
    public List<UserAccount> users(Actor actor) {
        return Jpa.read(store.emf(),
                em -> em.createQuery("select u from UserEntity u order by u.username", UserEntity.class)
                        .getResultList().stream().map(u -> toRecord(em, u)).filter(a -> inReach(actor, a)).toList());
    }

    @Override
    public Optional<UserAccount> user(Actor actor, long id) {
        return Jpa.read(store.emf(), em -> Optional.ofNullable(em.find(UserEntity.class, id)).map(u -> toRecord(em, u))
                .filter(a -> inReach(actor, a)));
    }

    @Override
    public Optional<UserAccount> byUsername(Actor actor, String username) {
        return Jpa.read(store.emf(),
                em -> em.createQuery("select u from UserEntity u where u.username = :n", UserEntity.class)
                        .setParameter("n", username).getResultStream().findFirst().map(u -> toRecord(em, u))
                        .filter(a -> inReach(actor, a)));
    }

    @Override
    public UserAccount create(Actor actor, UserDraft draft) {
        Access.require(actor, Roles.ADMIN);
        if (draft == null || draft.username() == null || !USERNAME.matcher(draft.username()).matches()) {
            throw new ValidationException("username",
                    MESSAGES.text("user.username_format"));
        }
        String displayName = draft.displayName() == null ? "" : draft.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 100) {
            throw new ValidationException("displayName", MESSAGES.text("user.display_name_required_at_most"));
        }
        checkRoles(draft.roles());
        PasswordPolicy.check(draft.username(), draft.password());
        UserAccount created = Jpa.inTransaction(store.emf(), em -> {
            Long home = homeUnitOf(em, actor, draft.staffId(), draft.homeUnitId());
            boolean taken = !em.createQuery("select u.id from UserEntity u where u.username = :n", Long.class)
                    .setParameter("n", draft.username()).getResultList().isEmpty();
            if (taken) {
                throw new ConflictException("username_taken",
                        MESSAGES.text("user.username_already_exists", draft.username()));
            }
            UserEntity u = new UserEntity();
            u.username = draft.username();
            u.displayName = displayName;
            u.staffId = draft.staffId();
            u.homeUnitId = draft.staffId() == null ? home : null;
            u.roleSet(draft.roles());
            u.passwordHash = hasher.hash(draft.password());
            u.enabled = true;
            u.mustChangePassword = true;
            em.persist(u);
            em.flush();
            UserAccount made = toRecord(em, u);
            audit.record(actor, "create", "user", made.id(), null, made);
            return made;
        });
        return created;
    }

    /**
     * The home unit of a new account, checked against the administrator's reach: its staff member's unit, or the unit
     * given; none (the whole installation) only from an administrator of the whole installation.
     */
    private static Long homeUnitOf(EntityManager em, Actor actor, Long staffId, Long homeUnitId) {
        if (staffId != null) {
            StaffEntity staff = em.find(StaffEntity.class, staffId);
            if (staff == null || !actor.reach().contains(staff.unitId)) {
                throw new ValidationException("staffId", MESSAGES.text("user.staff_member_not_found", staffId));
            }
            if (homeUnitId != null && homeUnitId != staff.unitId) {
                throw new ValidationException("homeUnitId",
                        MESSAGES.text("user.staff_account_home_unit"));
            }
            return staff.unitId;
        }
        if (homeUnitId == null) {
            if (!actor.reach().everywhere()) {
                throw new ValidationException("homeUnitId", MESSAGES.text("user.home_unit_required"));
            }
            return null;
        }
        if (!actor.reach().contains(homeUnitId) || em.find(OrgUnitEntity.class, homeUnitId) == null) {
            throw new ValidationException("homeUnitId", MESSAGES.text("org.unit_not_found", homeUnitId));
        }
        return homeUnitId;
    }

    /** Creates an account without an acting administrator: the first administrator and demo users. */
    public UserAccount createInitial(String username, String displayName, Set<String> roles, String password,
            boolean mustChange) {
        checkSeparation(roles);
        UserAccount created = Jpa.inTransaction(store.emf(), em -> {
            UserEntity u = new UserEntity();
            u.username = username;
            u.displayName = displayName;
            u.roleSet(roles);
            u.passwordHash = hasher.hash(password);
            u.enabled = true;
            u.mustChangePassword = mustChange;
            em.persist(u);
            em.flush();
            UserAccount made = toRecord(em, u);
            audit.record(Actor.SYSTEM, "create", "user", made.id(), null, made);
            return made;
        });
        return created;
    }

    /** A demo account to be made by {@link #createInitialTogether}. */
    public record InitialAccount(String username, String displayName, Set<String> roles, Long homeUnitId) {
    }

    /**
     * Creates several accounts without an acting administrator in one transaction, all sharing a password that
     * need not be changed (the demo users): either all of them exist afterwards or none does. The password is hashed
     * once for them all (one derivation on the start's path instead of one per account; a salt shared by accounts that
     * share a printed password tells nothing more).
     */
    public List<UserAccount> createInitialTogether(List<InitialAccount> accounts, String password) {
        String hash = hasher.hash(password);
        List<UserAccount> created = Jpa.inTransaction(store.emf(), em -> {
            List<UserAccount> made = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                InitialAccount a = accounts.get(i);
                UserEntity u = new UserEntity();
                u.username = a.username();
                u.displayName = a.displayName();
                u.roleSet(a.roles());
                u.homeUnitId = a.homeUnitId();
                u.passwordHash = hash;
                u.enabled = true;
                u.mustChangePassword = false;
                em.persist(u);
                em.flush();
                made.add(toRecord(em, u));
            }
            for (UserAccount a : made) {
                audit.record(Actor.SYSTEM, "create", "user", a.id(), null, a);
            }
            return made;
        });
        return created;
    }

    public long count() {
        return Jpa.read(store.emf(),
                em -> em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult());
    }

    @Override
    public UserAccount setRoles(Actor actor, long id, Set<String> roles) {
        Access.require(actor, Roles.ADMIN);
        checkRoles(roles);
        checkInReach(actor, id);
        if (actor.userId() == id && !roles.contains(Roles.ADMIN)) {
            throw new ValidationException("roles", MESSAGES.text("user.cannot_remove_own_admin_role"));
        }
        return change(actor, id, "set-roles", u -> u.roleSet(roles));
    }

    @Override
    public UserAccount setEnabled(Actor actor, long id, boolean enabled) {
        Access.require(actor, Roles.ADMIN);
        checkInReach(actor, id);
        if (actor.userId() == id && !enabled) {
            throw new ValidationException("enabled", MESSAGES.text("user.cannot_disable_own_account"));
        }
        return change(actor, id, enabled ? "enable" : "disable", u -> u.enabled = enabled);
    }

    @Override
    public UserAccount resetPassword(Actor actor, long id, String oneTimePassword) {
        Access.require(actor, Roles.ADMIN);
        UserAccount target = user(actor, id).orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.user"), id));
        PasswordPolicy.check(target.username(), oneTimePassword);
        return change(actor, id, "reset-password", u -> {
            u.passwordHash = hasher.hash(oneTimePassword);
            u.mustChangePassword = true;
            u.failedLogins = 0;
            u.lockedUntil = null;
        });
    }

    @Override
    public UserAccount setHomeUnit(Actor actor, long id, Long unitId) {
        Access.require(actor, Roles.ADMIN);
        UserAccount target = user(actor, id).orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.user"), id));
        if (target.staffId() != null) {
            throw new ValidationException("homeUnitId",
                    MESSAGES.text("user.staff_account_home_unit"));
        }
        if (actor.userId() == id) {
            throw new ValidationException("homeUnitId", MESSAGES.text("user.cannot_change_own_home_unit"));
        }
        Long home = Jpa.read(store.emf(), em -> homeUnitOf(em, actor, null, unitId));
        return change(actor, id, "set-home-unit", u -> u.homeUnitId = home);
    }

    private void checkInReach(Actor actor, long id) {
        if (user(actor, id).isEmpty()) {
            throw new NotFoundException(MESSAGES.text("entity.user"), id);
        }
    }

    private UserAccount change(Actor actor, long id, String action, Consumer<UserEntity> edit) {
        UserAccount[] before = new UserAccount[1];
        UserAccount after = Jpa.inTransaction(store.emf(), em -> {
            UserEntity u = em.find(UserEntity.class, id);
            if (u == null) {
                throw new NotFoundException(MESSAGES.text("entity.user"), id);
            }
            before[0] = toRecord(em, u);
            edit.accept(u);
            UserAccount changed = toRecord(em, u);
            audit.record(actor, action, "user", id, before[0], changed);
            tokens.revokeUser(id); // at once, with the change: a disabled account's sessions end with it
            return changed;
        });
        tokens.forgetUser(id);
        return after;
    }

    private void checkRoles(Set<String> roles) {
        if (roles == null) {
            throw new ValidationException("roles", MESSAGES.text("user.roles_required"));
        }
        Set<String> known = knownRoles();
        for (String r : roles) {
            if (!known.contains(r)) {
                throw new ValidationException("roles", MESSAGES.text("user.unknown_role", r));
            }
        }
        checkSeparation(roles);
    }

    /** Separation of duties: administrators and auditors are different accounts. */
    private static void checkSeparation(Set<String> roles) {
        if (roles.contains(Roles.ADMIN) && roles.contains(Roles.AUDITOR)) {
            throw new ValidationException("roles",
                    MESSAGES.text("user.administrator_and_auditor_different_accounts"));
        }
    }

    @Override
    public Set<String> knownRoles() {
        Set<String> all = new TreeSet<>();
        for (ModuleInfo m : modules.modules()) {
            for (RoleDefinition r : m.roles()) {
                all.add(r.id());
            }
        }
        return all;
    }
}
