package org.xingfeng.platform.api.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bundle's message properties: {@code OSGI-INF/l10n/messages.properties} holds the Chinese texts (the
 * default), {@code messages_en.properties} the English ones, both UTF-8. Keys are stable; a text is looked up
 * when it is shown, in the language of whoever reads it (the client's locale, a REST caller's
 * {@code Accept-Language}). Placeholders are {@code {0}}, {@code {1}}, ... (no quoting rules, as Eclipse's NLS).
 *
 * <pre>
 * static final Messages MESSAGES = Messages.of(MattersRules.class);
 * throw new ValidationException("code", MESSAGES.text("item.code.duplicate", code));
 * </pre>
 *
 * The files are the anchor's bundle's: in OSGi its class loader sees only its bundle; on a plain class path (plain
 * unit tests) they are found beside the anchor's classes, so each bundle keeps its own texts there too.
 */
public final class Messages {

    /** Where a bundle keeps its messages, relative to its root. */
    public static final String BASE_NAME = "OSGI-INF/l10n/messages";

    /**
     * The one {@code Messages} of each bundle, so that its files are read once however many views or classes ask: by
     * the bundle's class loader (weakly: a bundle uninstalled or updated leaves with its loader, and an update's new
     * loader reads the new files) and the class path entry of the anchor (a bundle, or a fragment, or on a plain
     * class path a bundle's classes folder). The instances are held weakly too: a bundle's own {@code MESSAGES}
     * field keeps its entry while the bundle's classes live, and nothing here keeps a class loader alive. The only
     * static state of the class: bounded by the bundles loaded, guarded by its own lock.
     */
    private static final Map<ClassLoader, Map<String, WeakReference<Messages>>> SHARED = new WeakHashMap<>();

    private final Class<?> anchor;
    private final Map<Locale, Properties> files = new ConcurrentHashMap<>();

    private Messages(Class<?> anchor) {
        this.anchor = anchor;
    }

    /**
     * The messages of the bundle that holds {@code anchor}: the same instance for every class of that bundle, so its
     * files are read once.
     */
    public static Messages of(Class<?> anchor) {
        ClassLoader loader = anchor.getClassLoader();
        String root = rootOf(anchor);
        if (loader == null || root == null) {
            return new Messages(anchor);
        }
        synchronized (SHARED) {
            Map<String, WeakReference<Messages>> entries = SHARED.computeIfAbsent(loader, l -> new HashMap<>());
            WeakReference<Messages> held = entries.get(root);
            Messages messages = held == null ? null : held.get();
            if (messages == null) {
                entries.values().removeIf(r -> r.get() == null);
                messages = new Messages(anchor);
                entries.put(root, new WeakReference<>(messages));
            }
            return messages;
        }
    }

    /** A text to be rendered later in the reader's language. */
    public Text text(String key, Object... args) {
        return new Text(this, key, args);
    }

    /** The text of {@code key} in {@code locale} (Chinese unless the locale is English), arguments filled in. */
    public String get(Locale locale, String key, Object... args) {
        return text(key, args).in(locale);
    }

    /** Whether {@code key} exists in the given language's file (the default file for Chinese). */
    public boolean has(Locale locale, String key) {
        return file(locale).containsKey(key);
    }

    String pattern(Locale locale, String key) {
        String text = file(locale).getProperty(key);
        if (text != null) {
            return text;
        }
        // A key missing in one language shows in the other rather than as nothing; the key test keeps this rare.
        String chinese = file(Languages.CHINESE).getProperty(key);
        return chinese != null ? chinese : "!" + key + "!";
    }

    private Properties file(Locale locale) {
        return files.computeIfAbsent(Languages.supported(locale), this::load);
    }

    private Properties load(Locale language) {
        String name = BASE_NAME + (language == Languages.ENGLISH ? "_en" : "") + ".properties";
        URL url = find(name);
        if (url == null) {
            throw new IllegalStateException("no " + name + " beside " + anchor.getName());
        }
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
        return p;
    }

    /** The file of the anchor's own bundle: its classes' folder's bundle, or the resource of its class path entry. */
    private URL find(String name) {
        String root = rootOf(anchor);
        if (root != null && root.startsWith("file:") && root.endsWith("/target/classes/")) {
            // a bundle's compiled classes in a build: its files are in the bundle's folder
            try {
                Path file = Path
                        .of(new URL(root.substring(0, root.length() - "target/classes/".length()) + name).toURI());
                if (Files.exists(file)) {
                    return file.toUri().toURL();
                }
            } catch (IOException | URISyntaxException | IllegalArgumentException e) {
                // fall through to the class loader
            }
        }
        ClassLoader loader = anchor.getClassLoader();
        try {
            Enumeration<URL> all = loader == null ? Collections.emptyEnumeration() : loader.getResources(name);
            URL first = null;
            while (all.hasMoreElements()) {
                URL u = all.nextElement();
                if (root != null && u.toString().startsWith(root)) {
                    return u;
                }
                first = first == null ? u : first;
            }
            return first;
        } catch (IOException e) {
            return loader.getResource(name);
        }
    }

    /** The class path entry a class is in (for {@code org/x/A.class}, the part of its URL before it), or null. */
    private static String rootOf(Class<?> anchor) {
        String name = anchor.getName();
        URL self = anchor.getResource(name.substring(name.lastIndexOf('.') + 1) + ".class");
        if (self == null) {
            return null;
        }
        String classUrl = self.toString();
        String path = name.replace('.', '/') + ".class";
        return classUrl.endsWith(path) ? classUrl.substring(0, classUrl.length() - path.length()) : null;
    }

    @Override
    public String toString() {
        return "Messages[" + anchor.getName() + "]";
    }
}
