package org.xingfeng.client.internal.shell;

import java.util.Locale;

import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;

/**
 * The client shell's texts in the client's language, from the client bundle's message properties
 * ({@code OSGI-INF/l10n/messages.properties} Chinese, {@code messages_en.properties} English), like every other
 * bundle's. The language is the setting {@code xingfeng.locale} ({@code zh_CN} or {@code en}) if given; otherwise
 * English when the operating system's language is English, and Chinese in every other case. (The e4 application
 * model's {@code %keys} stay in {@code OSGI-INF/l10n/bundle*.properties}, Eclipse's plug-in localisation.)
 */
public final class ClientTexts {

    static final Messages MESSAGES = Messages.of(ClientTexts.class);

    private final Locale locale;

    public ClientTexts(Locale locale) {
        this.locale = Languages.supported(locale);
    }

    /** The locale the setting or, without it, the operating system asks for. */
    public static Locale configuredLocale() {
        String setting = System.getProperty("xingfeng.locale");
        Locale wanted = setting == null || setting.isBlank() ? Locale.getDefault()
                : Locale.forLanguageTag(setting.trim().replace('_', '-'));
        return Languages.supported(wanted);
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return Languages.chinese(locale);
    }

    /** The text of {@code key}, arguments filled in. */
    public String get(String key, Object... args) {
        return MESSAGES.get(locale, key, args);
    }

    /** A service's error in the client's language. */
    public String error(XingfengException e) {
        return e.message(locale);
    }

    /** What went wrong: a service's error in the client's language, anything else by its own message. */
    public String describe(Throwable e) {
        return e instanceof XingfengException x ? error(x) : String.valueOf(e.getMessage());
    }
}
