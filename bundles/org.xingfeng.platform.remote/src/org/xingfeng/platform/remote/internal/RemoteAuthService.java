package org.xingfeng.platform.remote.internal;

import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.security.AuthService;
import org.xingfeng.platform.api.security.LoginSession;

/**
 * The client's {@link AuthService} when it works against the county's server: the login goes to the server's
 * {@code /api/v1/auth/login} and sets the connection's session; the actor and a pending password change are the
 * session's (a client asks about its own token only); logging out and changing the password are remote calls.
 */
final class RemoteAuthService implements AuthService {

    private final ServerConnection connection;

    RemoteAuthService(ServerConnection connection) {
        this.connection = connection;
    }

    @Override
    public LoginSession login(String username, String password) {
        return connection.login(username, password);
    }

    @Override
    public Optional<Actor> authenticate(String token) {
        Session s = connection.session();
        return s != null && s.token().equals(token) ? Optional.of(s.actor()) : Optional.empty();
    }

    @Override
    public boolean passwordChangeRequired(String token) {
        Session s = connection.session();
        return s != null && s.token().equals(token) && s.passwordChangeRequired();
    }

    @Override
    public void logout(String token) {
        try {
            connection.invoke(AuthService.class, method("logout", String.class), new Object[] { token });
        } finally {
            connection.forget(token);
        }
    }

    @Override
    public void changePassword(Actor actor, String oldPassword, String newPassword) {
        connection.invoke(AuthService.class, method("changePassword", Actor.class, String.class, String.class),
                new Object[] { actor, oldPassword, newPassword });
        connection.passwordChanged();
    }

    private static java.lang.reflect.Method method(String name, Class<?>... types) {
        try {
            return AuthService.class.getMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
