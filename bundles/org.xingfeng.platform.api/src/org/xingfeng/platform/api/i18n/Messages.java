package org.xingfeng.platform.api.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

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
 */
public final class Messages {

    /** Where a bundle keeps its messages, relative to its root. */
    public static final String BASE_NAME = "OSGI-INF/l10n/messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClassLoader loader;
    private final String owner;

    private Messages(ClassLoader loader, String owner) {
        this.loader = loader;
        this.owner = owner;
    }

    /** The messages of the bundle that holds {@code anchor}. */
    public static Messages of(Class<?> anchor) {
        return new Messages(anchor.getClassLoader(), anchor.getName());
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
        return bundle(locale).containsKey(key);
    }

    ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BASE_NAME, Languages.supported(locale), loader, NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no " + BASE_NAME + ".properties beside " + owner, e);
        }
    }

    String pattern(Locale locale, String key) {
        ResourceBundle bundle = bundle(locale);
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        // A key missing in one language shows in the other rather than as nothing; the key test keeps this rare.
        ResourceBundle chinese = bundle(Languages.CHINESE);
        return chinese.containsKey(key) ? chinese.getString(key) : "!" + key + "!";
    }

    @Override
    public String toString() {
        return "Messages[" + owner + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Messages m && m.loader == loader && m.owner.equals(owner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(loader), owner);
    }
}
