package org.xingfeng.platform.api.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;

/**
 * Accounts and their roles. Every method that changes data needs the administrator role and is audited. Every
 * method sees only the accounts whose home unit is in the actor's reach; an account outside it is "not found".
 * Administrators and auditors are different accounts: no account holds both roles.
 */
@Remote
public interface UserService {

    List<UserAccount> users(Actor actor);

    Optional<UserAccount> user(Actor actor, long id);

    Optional<UserAccount> byUsername(Actor actor, String username);

    UserAccount create(Actor actor, UserDraft draft);

    UserAccount setRoles(Actor actor, long id, Set<String> roles);

    UserAccount setEnabled(Actor actor, long id, boolean enabled);

    /**
     * Sets the home unit of an account without a staff member (one with a staff member follows the staff member's
     * unit: 400). The unit must be in the administrator's reach; {@code null} (the whole installation) only by an
     * administrator of the whole installation.
     */
    UserAccount setHomeUnit(Actor actor, long id, Long unitId);

    /** Sets a one-time password the user must change at next login, and lifts any lockout. */
    UserAccount resetPassword(Actor actor, long id, String oneTimePassword);

    /** Every role known to the suite: the platform's and those of the installed modules. */
    Set<String> knownRoles();
}
