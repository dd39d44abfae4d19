package org.xingfeng.platform.api.pages;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xingfeng.platform.api.i18n.Languages;

/**
 * A page's texts: {@code OSGI-INF/l10n/<name>.properties} (Chinese) and {@code <name>_en.properties} (English) of the
 * owner's bundle, read without falling back to the machine's locale. Keys starting with {@code js.} are the page
 * script's texts. A template's {@code {{key}}} is filled by {@link #fill(String, Locale)}.
 */
public final class PageTexts {

    /** The script texts' key prefix. */
    public static final String SCRIPT_PREFIX = "js.";
    private static final Pattern TOKEN = Pattern.compile("\\{\\{([a-zA-Z0-9_.]+)\\}\\}");

    private final ClassLoader loader;
    private final String baseName;

    private PageTexts(ClassLoader loader, String baseName) {
        this.loader = loader;
        this.baseName = baseName;
    }

    /** The texts {@code OSGI-INF/l10n/<name>*.properties} of the owner's bundle. */
    public static PageTexts of(Class<?> owner, String name) {
        return new PageTexts(owner.getClassLoader(), "OSGI-INF/l10n/" + name);
    }

    /** The texts {@code OSGI-INF/l10n/<name>*.properties} a class loader finds. */
    public static PageTexts of(ClassLoader loader, String name) {
        return new PageTexts(loader, "OSGI-INF/l10n/" + name);
    }

    /** The texts in the locale's language (Chinese for anything but English). */
    public ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(baseName, Languages.supported(locale), loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A text; {@code !key!} when there is none, so a missing text shows on the page and in its tests. */
    public String text(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /**
     * The script's texts as one JSON object for a script element: the given entries first (in the map's order), then
     * the {@code js.*} texts without the prefix, sorted by key.
     */
    public String script(Locale locale, Map<String, String> first) {
        ResourceBundle b = bundle(locale);
        StringBuilder json = new StringBuilder("{");
        first.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append(Pages.json(k)).append(':')
                .append(Pages.json(v)));
        for (String key : new TreeSet<>(b.keySet())) {
            if (key.startsWith(SCRIPT_PREFIX)) {
                json.append(json.length() > 1 ? "," : "").append(Pages.json(key.substring(SCRIPT_PREFIX.length())))
                        .append(':').append(Pages.json(b.getString(key)));
            }
        }
        return json.append('}').toString();
    }

    /** Starts filling a template in a language. */
    public Fill fill(String template, Locale locale) {
        return new Fill(template, locale);
    }

    /**
     * A template being filled: {@code {{name}}} takes a value given (escaped) or markup given (as is);
     * {@code {{lang}}} the page's language ({@code zh-CN}/{@code en}); {@code {{texts}}} the script's texts
     * ({@link #script}, with the script values given first); any other {@code {{key}}} the page text, escaped.
     */
    public final class Fill {

        private final String template;
        private final Locale locale;
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, String> markup = new LinkedHashMap<>();
        private final Map<String, String> script = new LinkedHashMap<>();

        private Fill(String template, Locale locale) {
            this.template = template;
            this.locale = locale;
        }

        /** A value for {@code {{name}}}, escaped; null is empty. */
        public Fill value(String name, String value) {
            values.put(name, value == null ? "" : value);
            return this;
        }

        /** Values for their {@code {{name}}}s, escaped. */
        public Fill values(Map<String, String> all) {
            all.forEach(this::value);
            return this;
        }

        /** Markup made by the server (an SVG, say) for {@code {{name}}}, not escaped. */
        public Fill markup(String name, String html) {
            markup.put(name, html == null ? "" : html);
            return this;
        }

        /** An entry of {@code {{texts}}} before the script texts (the bureau's zone, a setting). */
        public Fill script(String name, String value) {
            script.put(name, value);
            return this;
        }

        /** The filled page. */
        public String html() {
            Matcher m = TOKEN.matcher(template);
            StringBuilder out = new StringBuilder(template.length() + 4096);
            String texts = null;
            while (m.find()) {
                String key = m.group(1);
                String value;
                if (markup.containsKey(key)) {
                    value = markup.get(key);
                } else if (values.containsKey(key)) {
                    value = Pages.esc(values.get(key));
                } else if (key.equals("lang")) {
                    value = Pages.htmlLang(locale);
                } else if (key.equals("texts")) {
                    texts = texts == null ? PageTexts.this.script(locale, script) : texts;
                    value = texts;
                } else {
                    value = Pages.esc(text(locale, key));
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
