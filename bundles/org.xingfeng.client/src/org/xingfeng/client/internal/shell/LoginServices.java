package org.xingfeng.client.internal.shell;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.persistence.DatabaseInfo;
import org.xingfeng.platform.api.persistence.PersistenceService;
import org.xingfeng.platform.api.security.AuthService;
import org.xingfeng.platform.api.security.AuthenticationException;
import org.xingfeng.platform.api.security.LoginSession;
import org.xingfeng.platform.ui.ClientSession;

/**
 * The platform services a login needs, and how a good login becomes the client's session. Working alone (or as an
 * administrator on a shared database) the services run in the client and {@code persistence} names the database;
 * connected to the county's server, they are the server's (the remote proxies), {@code persistence} is null and
 * {@code server} is the server's URL.
 */
public record LoginServices(AuthService auth, OrgService org, PersistenceService persistence, String server) {

    /** The services of the client's own runtime. */
    public LoginServices(AuthService auth, OrgService org, PersistenceService persistence) {
        this(auth, org, persistence, null);
    }

    /** The session of a good login: the actor, the staff member's name and unit, and the database. */
    public ClientSession session(LoginSession login, ClientTexts messages) {
        Actor actor = auth.authenticate(login.token())
                .orElseThrow(
                        () -> new AuthenticationException("invalid_token", ClientTexts.MESSAGES.text("login.expired")));
        String name = login.user().displayName() == null || login.user().displayName().isBlank()
                ? login.user().username()
                : login.user().displayName();
        String unit = "";
        if (login.user().staffId() != null) {
            Staff staff = org.staffMember(actor, login.user().staffId()).orElse(null);
            if (staff != null) {
                name = staff.name();
            }
        }
        if (login.user().homeUnitId() != null) {
            unit = org.unit(actor, login.user().homeUnitId()).map(OrgUnit::name).orElse("");
        }
        return new ClientSession(actor, name, unit, server != null ? messages.get("connection.server", server)
                : connection(persistence.database(), messages));
    }

    /** How the status line names the database: the local one by its kind, a shared one by its address. */
    public static String connection(DatabaseInfo db, ClientTexts messages) {
        return switch (db.kind()) {
            case "derby-embedded" -> messages.get("connection.embedded", db.url());
            case "derby-network" -> messages.get("connection.derbyNetwork", db.url());
            case "postgresql" -> messages.get("connection.postgresql", db.url());
            default -> db.kind() + " " + db.url();
        };
    }
}
