package org.xingfeng.platform.provisioning.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The update sites an administrator may install modules from, as configured ({@code modules.sites}): a location
 * given there and anything below it. Locations are compared after normalising (scheme and host in lower case,
 * default ports dropped, {@code .} and {@code ..} resolved, {@code file:} paths absolute), so neither spelling nor
 * a {@code ../} leads out of a site. Pure: tested without p2.
 */
final class UpdateSites {

    private final List<String> sites;

    private UpdateSites(List<String> sites) {
        this.sites = List.copyOf(sites);
    }

    /** The configured list: locations separated by spaces, commas or line breaks; malformed ones are ignored. */
    static UpdateSites parse(String configured) {
        List<String> sites = new ArrayList<>();
        if (configured != null) {
            for (String s : configured.split("[\\s,]+")) {
                if (s.isBlank()) {
                    continue;
                }
                try {
                    String key = key(new URI(s.strip()));
                    if (key != null) {
                        sites.add(key.endsWith("/") ? key : key + "/");
                    }
                } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                    // not a location: allows nothing
                }
            }
        }
        return new UpdateSites(sites);
    }

    boolean isEmpty() {
        return sites.isEmpty();
    }

    boolean allows(URI location) {
        String key;
        try {
            key = key(location);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (key == null) {
            return false;
        }
        String folder = key.endsWith("/") ? key : key + "/";
        return sites.stream().anyMatch(folder::startsWith);
    }

    /** A comparable form of the location, or null for one that cannot be a site. */
    private static String key(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "file":
                return "file:" + Path.of(URI.create("file:" + uri.getRawSchemeSpecificPart().replaceFirst("^/*", "/")))
                        .toAbsolutePath().normalize().toUri().getRawPath();
            case "jar": {
                String inner = uri.getRawSchemeSpecificPart();
                int bang = inner.indexOf("!/");
                if (bang < 0) {
                    return null;
                }
                String archive = key(URI.create(inner.substring(0, bang)));
                return archive == null || !archive.startsWith("file:") ? null
                        : "jar:" + stripSlash(archive) + URI.create(inner.substring(bang + 1)).normalize().getRawPath();
            }
            case "http":
            case "https": {
                if (uri.getHost() == null) {
                    return null;
                }
                int port = uri.getPort();
                boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                        || (scheme.equals("https") && port == 443);
                String path = uri.normalize().getRawPath();
                if (path == null || path.isEmpty()) {
                    path = "/";
                }
                if (path.startsWith("/..")) {
                    return null;
                }
                return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                        + path;
            }
            default:
                return null;
        }
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
