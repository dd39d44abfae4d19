package org.xingfeng.publicity.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;

/**
 * The citizens' survey page, served by the headless server without a login: {@code /survey/{code}} (the address on a
 * paper slip or in its QR code). Phone first, Chinese first (English with {@code ?lang=en} or a browser asking for
 * English); the page reads the questionnaire and sends the answers through {@code /api/v1/publicity/public/surveys}.
 * Its texts come from {@code OSGI-INF/l10n/pages*.properties}; everything the server fills in is escaped.
 */
@Component(service = SurveyPages.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path("survey")
public class SurveyPages {

    private static final Pattern TOKEN = Pattern.compile("\\{\\{([a-zA-Z0-9_.]+)\\}\\}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final String template;

    @Activate
    public SurveyPages() {
        try (InputStream in = SurveyPages.class.getClassLoader().getResourceAsStream("web/survey.html")) {
            if (in == null) {
                throw new IllegalStateException("web/survey.html is missing from the bundle");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read web/survey.html", e);
        }
    }

    @GET
    @Path("{code}")
    @PermitAll
    @RateLimited(value = "publicity.pages", perMinute = 300)
    public Response page(@PathParam("code") String code, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        Locale locale = "en".equalsIgnoreCase(lang) ? Languages.ENGLISH
                : lang != null || headers == null ? Languages.CHINESE
                        : Languages.preferred(headers.getAcceptableLanguages());
        String c = code != null && CODE.matcher(code).matches() ? code : "";
        return Response.ok(fill(locale, c)).type(HTML).header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private String fill(Locale locale, String code) {
        ResourceBundle b = bundle(locale);
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value;
            if (key.equals("code")) {
                value = esc(code);
            } else if (key.equals("lang")) {
                value = Languages.supported(locale).getLanguage().equals("en") ? "en" : "zh-CN";
            } else if (key.equals("texts")) {
                value = texts(b);
            } else {
                value = esc(text(b, key));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The script's texts ({@code js.*} keys without the prefix) as JSON for a script tag. */
    private static String texts(ResourceBundle b) {
        StringBuilder json = new StringBuilder("{");
        for (String key : new TreeSet<>(b.keySet())) {
            if (key.startsWith("js.")) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(jsonString(key.substring(3))).append(':').append(jsonString(b.getString(key)));
            }
        }
        return json.append('}').toString();
    }

    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&' || ch == '\u2028' || ch == '\u2029') {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.append('"').toString();
    }

    private static String text(ResourceBundle b, String key) {
        try {
            return b.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("OSGI-INF/l10n/pages", Languages.supported(locale),
                SurveyPages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
