package org.xingfeng.evaluations.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
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
 * The citizen's evaluation page (好差评), served headless without a login: {@code /evaluate?t=<ticket>}, opened from the
 * QR code of a handling receipt or shown by the evaluator tablet at the window ({@code &at=window}). Phone first,
 * Chinese first, English with {@code ?lang=en} or a browser asking for English. It shows what is rated (from
 * {@code /api/v1/evaluations/public/ticket}), takes the level, the indicator ratings, tags and a comment, and posts them
 * with the ticket to {@code /api/v1/evaluations/submissions}. Texts: {@code OSGI-INF/l10n/evaluate*.properties}.
 */
@Component(service = EvaluatePage.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path("evaluate")
public class EvaluatePage {

    private static final Set<String> ASSETS = Set.of("evaluate.css", "evaluate.js");
    private static final Pattern TOKEN = Pattern.compile("\\{\\{([a-zA-Z0-9_.]+)\\}\\}");

    private final String template;

    @Activate
    public EvaluatePage() {
        this.template = read("evaluate.html");
    }

    @GET
    @PermitAll
    @RateLimited(value = "evaluations.pages", perMinute = 300)
    public Response page(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = lang != null && !lang.isBlank()
                ? (lang.toLowerCase(Locale.ROOT).startsWith("en") ? Languages.ENGLISH : Languages.CHINESE)
                : Languages.preferred(headers == null ? java.util.List.of() : headers.getAcceptableLanguages());
        return Response.ok(fill(locale)).type(MediaType.TEXT_HTML + ";charset=utf-8").build();
    }

    @GET
    @Path("assets/{name}")
    @PermitAll
    @RateLimited(value = "evaluations.pages", perMinute = 600)
    public Response asset(@PathParam("name") String name) {
        if (!ASSETS.contains(name)) {
            return Response.status(404).type(MediaType.TEXT_PLAIN).entity("not found").build();
        }
        CacheControl c = new CacheControl();
        c.setMaxAge(300);
        return Response.ok(read(name))
                .type(name.endsWith(".css") ? "text/css;charset=utf-8" : "text/javascript;charset=utf-8")
                .cacheControl(c).build();
    }

    private String fill(Locale locale) {
        ResourceBundle b = bundle(locale);
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 4096);
        while (m.find()) {
            String key = m.group(1);
            String value;
            if (key.equals("lang")) {
                value = Languages.chinese(locale) ? "zh-CN" : "en";
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
                json.append(json(key.substring(3))).append(':').append(json(b.getString(key)));
            }
        }
        return json.append('}').toString();
    }

    private static String text(ResourceBundle b, String key) {
        try {
            return b.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("OSGI-INF/l10n/evaluate", Languages.supported(locale),
                EvaluatePage.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String esc(String s) {
        return s == null ? ""
                : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }

    /** A JSON string safe inside a script tag. */
    static String json(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String read(String name) {
        try (InputStream in = EvaluatePage.class.getClassLoader().getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("web/" + name + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read web/" + name, e);
        }
    }
}
