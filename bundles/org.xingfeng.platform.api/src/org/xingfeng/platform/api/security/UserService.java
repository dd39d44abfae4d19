package org.xingfeng.platform.api.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xingfeng.platform.api.Actor;

/** Accounts and their roles. Every method that changes data needs the administrator role and is audited. */
public interface UserService {

    List<UserAccount> users();

    Optional<UserAccount> user(long id);

    Optional<UserAccount> byUsername(String username);

    UserAccount create(Actor actor, UserDraft draft);

    UserAccount setRoles(Actor actor, long id, Set<String> roles);

    UserAccount setEnabled(Actor actor, long id, boolean enabled);

    /** Sets a one-time password the user must change at next login, and lifts any lockout. */
    UserAccount resetPassword(Actor actor, long id, String oneTimePassword);

    /** Every role known to the suite: the platform's and those of the installed modules. */
    Set<String> knownRoles();
}
