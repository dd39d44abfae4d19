package org.xingfeng.training.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.training.api.TrainingRoles;

/** Roles and reach as the module's services check them, and org names looked up once per request. */
final class Access {

    static final Messages MESSAGES = Messages.of(Access.class);

    private Access() {
    }

    static void requireOfficer(Actor actor) {
        if (!actor.hasAnyRole(TrainingRoles.OFFICER, Roles.ADMIN)) {
            throw new ForbiddenException(MESSAGES.text("role.officer"));
        }
    }

    static void requireReader(Actor actor) {
        if (!actor.hasAnyRole(TrainingRoles.READERS)) {
            throw new ForbiddenException(MESSAGES.text("role.reader"));
        }
    }

    static boolean reader(Actor actor) {
        return actor.hasAnyRole(TrainingRoles.READERS);
    }

    /**
     * The ids of the unit and the units below it; without a unit, those of the actor's reach (null, no filter, for the
     * whole installation). A unit that is unknown or out of reach is a 404.
     */
    static List<Long> unitIds(OrgService org, Actor actor, Long unitId) {
        Long scope = actor.reach().listScope(unitId);
        if (scope == null) {
            return null;
        }
        if (scope < 0) {
            return List.of(-1L);
        }
        return org.subtree(actor, scope).stream().map(OrgUnit::id).toList();
    }

    /** The staff member linked to the actor's account, if any. */
    static Optional<Long> ownStaffId(UserService users, Actor actor) {
        if (actor.userId() <= 0) {
            return Optional.empty();
        }
        return users.user(Actor.SYSTEM, actor.userId()).map(u -> u.staffId());
    }

    /** Org names looked up once per request (for records already checked against the reach). */
    static final class Names {
        private final OrgService org;
        private final Map<Long, Optional<Staff>> staff = new HashMap<>();
        private final Map<Long, Optional<OrgUnit>> units = new HashMap<>();

        Names(OrgService org) {
            this.org = org;
        }

        Staff staff(long id) {
            return staff.computeIfAbsent(id, k -> org.staffMember(Actor.SYSTEM, k)).orElse(null);
        }

        String unitName(long id) {
            return units.computeIfAbsent(id, k -> org.unit(Actor.SYSTEM, k)).map(OrgUnit::name).orElse(null);
        }
    }
}
