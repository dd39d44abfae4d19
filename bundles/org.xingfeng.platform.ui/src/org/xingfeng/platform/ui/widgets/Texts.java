package org.xingfeng.platform.ui.widgets;

import java.util.Locale;

import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.ui.ViewSite;

/**
 * A view's texts in the client's language: keys in its bundle's message properties
 * ({@code OSGI-INF/l10n/messages.properties} Chinese, {@code messages_en.properties} English).
 *
 * <pre>
 * Texts t = Texts.of(site, OrgView.class);
 * button.setText(t.get("org.newUnit"));
 * </pre>
 */
public final class Texts {

    private final Messages messages;
    private final Locale locale;

    /** The texts of {@code messages} in {@code locale}'s language (Chinese unless it is English). */
    public Texts(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = Languages.supported(locale);
    }

    /**
     * The texts of the bundle holding {@code anchor}, in the client's language. The bundle's one {@link Messages} is
     * used ({@link Messages#of} shares it), so opening a view reads no file again.
     */
    public static Texts of(ViewSite site, Class<?> anchor) {
        return new Texts(Messages.of(anchor), site.locale());
    }

    /** The text of {@code key}, arguments filled in. */
    public String get(String key, Object... args) {
        return messages.get(locale, key, args);
    }

    /** A service's error in the client's language. */
    public String error(XingfengException e) {
        return e.message(locale);
    }

    /** Whether the texts are Chinese (for the few things that are not texts, e.g. a collation order). */
    public boolean chinese() {
        return Languages.chinese(locale);
    }

    public Locale locale() {
        return locale;
    }
}
