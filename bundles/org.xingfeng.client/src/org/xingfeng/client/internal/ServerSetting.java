package org.xingfeng.client.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The county server's URL the login dialog starts with and stores: the configuration {@code org.xingfeng.remote}
 * ({@code server.url}), which the remote bundle follows and the framework keeps in its configuration area, so the
 * client remembers the server the user last logged in at. Before any login it is the setting
 * {@code xingfeng.server.url} (e.g. in an installation's {@code XINGFENG_OPTS}); a login at that same server stores
 * nothing (the setting fills the field in at every start anyway). A stored empty value means the user chose to work
 * alone. No password is ever stored.
 */
final class ServerSetting {

    static final String PID = "org.xingfeng.remote";
    static final String KEY = "server.url";

    private ServerSetting() {
    }

    /** The URL to show in the login dialog: the one stored at the last login, else the setting, else "". */
    static String initial(BundleContext bc) {
        Configuration c = configuration(bc);
        if (c != null && c.getProperties() != null && c.getProperties().get(KEY) != null) {
            return c.getProperties().get(KEY).toString().trim();
        }
        String setting = bc.getProperty("xingfeng.server.url");
        return setting == null ? "" : setting.trim();
    }

    /** Whether the user chose to work alone at an earlier login (a stored empty URL). */
    static boolean aloneBefore(BundleContext bc) {
        Configuration c = configuration(bc);
        Object stored = c == null || c.getProperties() == null ? null : c.getProperties().get(KEY);
        return stored != null && stored.toString().isBlank();
    }

    /** Stores the URL typed at login ("" to work alone); the remote bundle connects to it or lets go. */
    static void store(BundleContext bc, String server) {
        Configuration c = configuration(bc);
        if (c == null) {
            if (!server.isEmpty()) {
                throw new IllegalStateException("ConfigurationAdmin");
            }
            return;
        }
        String value = server.isEmpty() ? "" : normalise(server);
        Dictionary<String, Object> props = c.getProperties();
        Object old = props == null ? null : props.get(KEY);
        String setting = bc.getProperty("xingfeng.server.url");
        String effective = old != null ? old.toString() : setting == null ? "" : normalise(setting);
        // the same server as the remote bundle has now: an update would restart it and lose the login about to be made;
        // working alone is stored once all the same, so that the next start knows it may start the client's services
        if (value.equals(effective) && (old != null || !value.isEmpty())) {
            return;
        }
        Hashtable<String, Object> updated = merged(props, value);
        try {
            c.update(updated);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The configuration with only the server's URL changed: the other attributes an administrator set (timeouts, the
     * module poll, the language) stay; the framework's own keys are not copied.
     */
    static Hashtable<String, Object> merged(Dictionary<String, Object> current, String url) {
        Hashtable<String, Object> updated = new Hashtable<>();
        if (current != null) {
            for (Enumeration<String> keys = current.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                if (!Constants.SERVICE_PID.equals(key) && !ConfigurationAdmin.SERVICE_FACTORYPID.equals(key)
                        && !ConfigurationAdmin.SERVICE_BUNDLELOCATION.equals(key)) {
                    updated.put(key, current.get(key));
                }
            }
        }
        updated.put(KEY, url);
        return updated;
    }

    /** The URL without a trailing slash, as the remote bundle names its server. */
    static String normalise(String server) {
        String s = server.trim();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** The value escaped for an LDAP filter. */
    static String escape(String value) {
        return value.replace("\\", "\\5c").replace("*", "\\2a").replace("(", "\\28").replace(")", "\\29");
    }

    private static Configuration configuration(BundleContext bc) {
        ServiceReference<ConfigurationAdmin> ref = bc.getServiceReference(ConfigurationAdmin.class);
        ConfigurationAdmin admin = ref == null ? null : bc.getService(ref);
        if (admin == null) {
            return null;
        }
        try {
            return admin.getConfiguration(PID, "?");
        } catch (IOException e) {
            return null;
        } finally {
            bc.ungetService(ref);
        }
    }
}
