package org.xingfeng.platform.api.security;

import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;

/**
 * Logins and bearer tokens. Passwords are stored as salted PBKDF2 hashes; an account is locked for a while
 * after repeated failures. Failed logins throw {@link AuthenticationException} with a message that does not
 * tell whether the user exists. A desktop client working against the county's server logs in through
 * {@code POST /api/v1/auth/login} (open, rate-limited) and may call the methods marked {@link Remote}; the others
 * stay on the server.
 */
public interface AuthService {

    LoginSession login(String username, String password);

    /** The actor a token belongs to, if the token is known and not expired. */
    Optional<Actor> authenticate(String token);

    /** Whether the token's account must change its one-time password before doing anything else. */
    boolean passwordChangeRequired(String token);

    @Remote
    void logout(String token);

    @Remote
    void changePassword(Actor actor, String oldPassword, String newPassword);
}
