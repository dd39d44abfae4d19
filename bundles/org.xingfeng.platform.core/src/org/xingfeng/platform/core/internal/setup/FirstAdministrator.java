package org.xingfeng.platform.core.internal.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.core.internal.security.AuthServiceImpl;
import org.xingfeng.platform.core.internal.security.UserServiceImpl;

/**
 * On the first start (no account exists) creates the administrator {@code admin}. Its password is the setting
 * {@code admin.password} if given; otherwise a random one-time password, printed once and written to
 * {@code <data>/initial-admin-password.txt} (created owner-readable only, in an owner-only data directory), which
 * must be changed at first login. The file is deleted once the password has been changed (at the change, and at
 * the next start should the change have come from another server). There is no well-known default password.
 */
@Component(service = { FirstAdministrator.class, EventHandler.class }, immediate = true,
        configurationPid = FirstAdministrator.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = EventConstants.EVENT_TOPIC + "=" + AuthServiceImpl.PASSWORD_CHANGED)
@Designate(ocd = FirstAdministrator.Config.class)
public class FirstAdministrator implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    public static final String PID = "org.xingfeng.setup.administrator";

    @ObjectClassDefinition(id = PID, name = "First administrator", description = "The account made at the first start")
    public @interface Config {

        @AttributeDefinition(name = "Administrator's password", type = AttributeType.PASSWORD, required = false,
                description = "the first administrator's password, used only when no account exists; empty: a one-time password, printed")
        String admin_password() default "";

        @AttributeDefinition(name = "Data directory", description = "where the one-time password is written")
        String data() default "xingfeng-data";
    }

    public static final String USERNAME = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Path file;

    @Activate
    public FirstAdministrator(@Reference UserServiceImpl users, Config config) {
        Path data = Path.of(config.data().isBlank() ? "xingfeng-data" : config.data().trim()).toAbsolutePath();
        this.file = data.resolve("initial-admin-password.txt");
        if (users.count() > 0) {
            if (Files.exists(file) && users.byUsername(Actor.SYSTEM, USERNAME)
                    .map(a -> !a.mustChangePassword()).orElse(true)) {
                forget();
            }
            return;
        }
        String configured = config.admin_password().isBlank() ? null : config.admin_password().trim();
        if (configured != null) {
            users.createInitial(USERNAME, "系统管理员", Set.of(Roles.ADMIN), configured, false);
            System.out.println("[xingfeng] administrator '" + USERNAME + "' created with the configured password");
            return;
        }
        String oneTime = randomPassword(new SecureRandom(), 16);
        users.createInitial(USERNAME, "系统管理员", Set.of(Roles.ADMIN), oneTime, true);
        try {
            OwnerOnly.directory(data);
            OwnerOnly.write(file, USERNAME + " " + oneTime + "\n");
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("could not write {}: {}", file, e.getMessage());
        }
        System.out.println("[xingfeng] first administrator: user '" + USERNAME + "', one-time password " + oneTime
                + " (also in " + file + "; change it at first login)");
    }

    /** The administrator changed the one-time password: the file that held it goes. */
    @Override
    public void handleEvent(Event event) {
        if (USERNAME.equals(event.getProperty(AuthServiceImpl.USERNAME))) {
            forget();
        }
    }

    private void forget() {
        try {
            if (Files.deleteIfExists(file)) {
                LOG.info("the one-time password was changed; {} deleted", file);
            }
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", file, e.getMessage());
        }
    }

    /** Letters and digits without look-alikes, always with at least one digit. */
    public static String randomPassword(SecureRandom random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length - 1; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        sb.insert(random.nextInt(length), (char) ('2' + random.nextInt(8)));
        return sb.toString();
    }
}
