package org.xingfeng.client.internal.shell;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The client's own texts (messages.properties is Chinese, messages_en.properties English) in the client's language.
 * The language is the setting {@code xingfeng.locale} ({@code zh_CN} or {@code en}) if given; otherwise English when
 * the operating system's language is English, and Chinese in every other case.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
        this.bundle = ResourceBundle.getBundle(Messages.class.getPackageName() + ".messages", this.locale,
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The locale the setting or, without it, the operating system asks for. */
    public static Locale configuredLocale() {
        String setting = System.getProperty("xingfeng.locale");
        Locale wanted = setting == null || setting.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(setting.trim().replace('_', '-'));
        return "en".equals(wanted.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        return args.length == 0 ? text : MessageFormat.format(text, args);
    }
}
