package org.xingfeng.platform.api.security;

import java.util.Optional;

import org.xingfeng.platform.api.Actor;

/**
 * Logins and bearer tokens. Passwords are stored as salted PBKDF2 hashes; an account is locked for a while
 * after repeated failures. Failed logins throw {@link AuthenticationException} with a message that does not
 * tell whether the user exists.
 */
public interface AuthService {

    LoginSession login(String username, String password);

    /** The actor a token belongs to, if the token is known and not expired. */
    Optional<Actor> authenticate(String token);

    /** Whether the token's account must change its one-time password before doing anything else. */
    boolean passwordChangeRequired(String token);

    void logout(String token);

    void changePassword(Actor actor, String oldPassword, String newPassword);
}
