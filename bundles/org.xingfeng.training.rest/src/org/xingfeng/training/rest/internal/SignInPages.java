package org.xingfeng.training.rest.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import org.xingfeng.platform.api.pages.PageTexts;
import org.xingfeng.platform.api.pages.Pages;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.rest.qr.QrSvg;
import org.xingfeng.training.api.signin.SignInService;
import org.xingfeng.training.api.signin.SignInSession;

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
    private static final PageTexts TEXTS = PageTexts.of(SignInPages.class, "pages");
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
        Locale locale = Pages.locale(lang, headers.getAcceptableLanguages());
        return Response.ok(fill(page, locale, Map.of("code", code), "")).type(HTML).build();
    }

    @GET
    @Path("{code: [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+}/poster")
    @PermitAll
    @RateLimited(value = "training.pages", perMinute = 600)
    public Response poster(@PathParam("code") String code, @QueryParam("lang") String lang,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Locale locale = Pages.locale(lang, headers.getAcceptableLanguages());
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
        return Response.ok(fill(poster, locale, values, QrSvg.of(address(uri, code)))).type(HTML).build();
    }

    @GET
    @Path("{code: [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+}/qr.svg")
    @PermitAll
    @RateLimited(value = "training.pages", perMinute = 600)
    public Response qr(@PathParam("code") String code, @Context UriInfo uri) {
        if (session(code) == null) {
            return Response.status(404).type(MediaType.TEXT_PLAIN).entity("not found").build();
        }
        return Response.ok(QrSvg.of(address(uri, code))).type("image/svg+xml").cacheControl(cache(3600)).build();
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
                + "initial-scale=1\"><title>" + Pages.esc(TEXTS.text(locale, "page.notFound"))
                + "</title><p style=\"font:20px sans-serif;margin:2em 1em\">"
                + Pages.esc(TEXTS.text(locale, "page.noCode"))
                + "</p>";
        return Response.status(404).type(HTML).entity(body).build();
    }

    /** {@code {{key}}}: a value given (escaped), {@code {{qr}}} as is, {@code {{lang}}}, {@code {{texts}}}, a page text. */
    private String fill(String template, Locale locale, Map<String, String> values, String qr) {
        return TEXTS.fill(template, locale).values(values).markup("qr", qr).script("zone", time.zone().getId())
                .html();
    }

    private static CacheControl cache(int seconds) {
        CacheControl c = new CacheControl();
        c.setMaxAge(seconds);
        return c;
    }

    private static String read(String name) {
        return Pages.read(SignInPages.class, "web/" + name);
    }
}
