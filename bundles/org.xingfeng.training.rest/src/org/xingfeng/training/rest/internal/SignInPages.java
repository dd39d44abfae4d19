package org.xingfeng.training.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import jakarta.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.training.api.signin.SignInService;
import org.xingfeng.training.api.signin.SignInSession;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The sign-in pages, served by the headless server without a login (this bundle's {@code web/} files with their texts
 * from {@code OSGI-INF/l10n/pages*.properties}; Chinese first, English with {@code ?lang=en} or a browser asking for
 * it): {@code /training-signin/{code}}, the page a trainee's phone opens from the QR code; {@code .../poster}, the
 * session's poster with the QR code to show on the room's screen or print; {@code .../qr.svg}, the QR code alone. An
 * unknown or forged code answers 404; the page itself signs in through {@code /api/v1/training/public/signin}.
 */
@Component(service = SignInPages.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(SignInPages.ROOT)
public class SignInPages {

    static final String ROOT = "training-signin";
    private static final Set<String> ASSETS = Set.of("signin.css", "signin.js");
    private static final Pattern TOKEN = Pattern.compile("\\{\\{([a-zA-Z0-9_.]+)\\}\\}");
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final SignInService signIn;
    private final BureauTime time;
    private final String page;
    private final String poster;

    @Activate
    public SignInPages(@Reference SignInService signIn, @Reference BureauTime time) {
        this.signIn = signIn;
        this.time = time;
        this.page = read("signin.html");
        this.poster = read("poster.html");
    }

    @GET
    @Path("{code: [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+}")
    @PermitAll
    @RateLimited(value = "training.pages", perMinute = 600)
    public Response page(@PathParam("code") String code, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        Locale locale = locale(lang, headers);
        return Response.ok(fill(page, locale, Map.of("code", code))).type(HTML).build();
    }

    @GET
    @Path("{code: [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+}/poster")
    @PermitAll
    @RateLimited(value = "training.pages", perMinute = 600)
    public Response poster(@PathParam("code") String code, @QueryParam("lang") String lang,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Locale locale = locale(lang, headers);
        SignInSession s = session(code);
        if (s == null) {
            return notFound(locale);
        }
        ZoneId zone = time.zone();
        Map<String, String> values = new HashMap<>();
        values.put("code", code);
        values.put("courseTitle", s.courseTitle());
        values.put("unitName", s.unitName() == null ? "" : s.unitName());
        values.put("when", s.day() + " " + HM.format(s.startsAt()) + "–" + HM.format(s.endsAt()));
        values.put("place", s.place() == null ? "" : s.place());
        values.put("topic", s.topic() == null ? "" : s.topic());
        values.put("opens", HM.format(s.opensAt().atZone(zone)) + "–" + HM.format(s.closesAt().atZone(zone)));
        values.put("url", address(uri, code));
        values.put("qr", svg(address(uri, code)));
        return Response.ok(fill(poster, locale, values)).type(HTML).build();
    }

    @GET
    @Path("{code: [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+}/qr.svg")
    @PermitAll
    @RateLimited(value = "training.pages", perMinute = 600)
    public Response qr(@PathParam("code") String code, @Context UriInfo uri) {
        if (session(code) == null) {
            return Response.status(404).type(MediaType.TEXT_PLAIN).entity("not found").build();
        }
        return Response.ok(svg(address(uri, code))).type("image/svg+xml").cacheControl(cache(3600)).build();
    }

    @GET
    @Path("assets/{name}")
    @PermitAll
    @RateLimited(value = "training.pages", perMinute = 600)
    public Response asset(@PathParam("name") String name) {
        if (!ASSETS.contains(name)) {
            return Response.status(404).type(MediaType.TEXT_PLAIN).entity("not found").build();
        }
        String type = name.endsWith(".css") ? "text/css;charset=utf-8" : "text/javascript;charset=utf-8";
        return Response.ok(read(name)).type(type).cacheControl(cache(300)).build();
    }

    private SignInSession session(String code) {
        try {
            return signIn.session(code);
        } catch (XingfengException e) {
            return null;
        }
    }

    /** Only this server's sign-in address is ever encoded. */
    private static String address(UriInfo uri, String code) {
        return uri.getBaseUriBuilder().path(ROOT).path(code).build().toString();
    }

    private Response notFound(Locale locale) {
        String body = "<!doctype html><meta charset=utf-8><meta name=viewport content=\"width=device-width, "
                + "initial-scale=1\"><title>" + esc(text(locale, "page.notFound"))
                + "</title><p style=\"font:20px sans-serif;margin:2em 1em\">" + esc(text(locale, "page.noCode"))
                + "</p>";
        return Response.status(404).type(HTML).entity(body).build();
    }

    static Locale locale(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Languages.ENGLISH : Languages.CHINESE;
        }
        return Languages.preferred(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** {@code {{key}}}: a value given (escaped), {@code {{qr}}} as is, {@code {{lang}}}, {@code {{texts}}}, a page text. */
    private String fill(String template, Locale locale, Map<String, String> values) {
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 4096);
        while (m.find()) {
            String key = m.group(1);
            String value;
            if (key.equals("qr")) {
                value = values.getOrDefault("qr", "");
            } else if (values.containsKey(key)) {
                value = esc(values.get(key));
            } else if (key.equals("lang")) {
                value = Languages.chinese(locale) ? "zh-CN" : "en";
            } else if (key.equals("texts")) {
                value = texts(locale);
            } else {
                value = esc(text(locale, key));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The script's texts ({@code js.*} keys without the prefix) and the bureau's zone, as JSON for a script tag. */
    private String texts(Locale locale) {
        ResourceBundle b = bundle(locale);
        StringBuilder json = new StringBuilder("{\"zone\":").append(json(time.zone().getId()));
        for (String key : new TreeSet<>(b.keySet())) {
            if (key.startsWith("js.")) {
                json.append(',').append(json(key.substring(3))).append(':').append(json(b.getString(key)));
            }
        }
        return json.append('}').toString();
    }

    /** A JSON string that is also safe inside a script element. */
    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String text(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("OSGI-INF/l10n/pages", Languages.supported(locale),
                SignInPages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static CacheControl cache(int seconds) {
        CacheControl c = new CacheControl();
        c.setMaxAge(seconds);
        return c;
    }

    private static String read(String name) {
        try (InputStream in = SignInPages.class.getClassLoader().getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("web/" + name + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read web/" + name, e);
        }
    }

    /** A QR code as an SVG of one path (dark modules), with a quiet zone of two modules. */
    static String svg(String text) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
    }
}
