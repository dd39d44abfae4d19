package org.xingfeng.windows.rest.internal;

import java.net.URI;
import java.util.EnumMap;
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
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.pages.PageTexts;
import org.xingfeng.platform.api.pages.Pages;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.platform.rest.qr.QrSvg;

/**
 * The hall's pages, served by the headless server without a login (static files of this bundle's {@code web/} folder
 * with their texts filled in from {@code OSGI-INF/l10n/pages*.properties}, Chinese first, English with {@code ?lang=en}
 * or a browser asking for English):
 * <ul>
 * <li>{@code /hall/{hallId}/kiosk}: 取号机, a matter from the hall's list (searchable, large touch targets), appointment
 * check-in, the printed ticket (narrow receipt with a QR code of its status page); {@code ?lobby=1} adds the lobby
 * manager's sign-in and the priority class (绿色通道); {@code ?print=auto} prints each ticket at once (a kiosk's
 * browser prints silently with {@code --kiosk-printing}).</li>
 * <li>{@code /hall/{hallId}/display}: 叫号大屏, the last calls and the waiting counts, live by server-sent events, each
 * call announced aloud in Chinese by the browser's speech synthesis.</li>
 * <li>{@code /hall/{hallId}/book}: 网上预约, slots of a matter and day, booking and cancelling.</li>
 * <li>{@code /hall/ticket/{id}?n=A012}: a ticket's live status (people ahead, called or not, which window).</li>
 * </ul>
 * The pages read and write through the public operations of {@code /api/v1/windows/public}.
 */
@Component(service = HallPages.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path("hall")
public class HallPages {

    /** The pages and the files they load. */
    enum Page {
        KIOSK("kiosk.html"), DISPLAY("display.html"), BOOK("book.html"), TICKET("ticket.html");

        final String file;

        Page(String file) {
            this.file = file;
        }
    }

    private static final Set<String> ASSETS = Set.of("hall.css", "hall.js", "kiosk.js", "display.js", "book.js",
            "ticket.js");
    private static final PageTexts TEXTS = PageTexts.of(HallPages.class, "pages");
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    /** The longest address a ticket's or receipt's QR code holds (a small printed code stays readable). */
    static final int QR_MAX = 300;

    private final HallService halls;
    private final BureauTime time;
    private final Map<Page, String> templates = new EnumMap<>(Page.class);

    @Activate
    public HallPages(@Reference HallService halls, @Reference BureauTime time) {
        this.halls = halls;
        this.time = time;
        for (Page p : Page.values()) {
            templates.put(p, read(p.file));
        }
    }

    @GET
    @Path("{hallId: \\d+}/kiosk")
    @PermitAll
    @RateLimited(value = "windows.pages", perMinute = 300)
    public Response kiosk(@PathParam("hallId") long hallId, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return hallPage(Page.KIOSK, hallId, lang, headers);
    }

    @GET
    @Path("{hallId: \\d+}/display")
    @PermitAll
    @RateLimited(value = "windows.pages", perMinute = 300)
    public Response display(@PathParam("hallId") long hallId, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return hallPage(Page.DISPLAY, hallId, lang, headers);
    }

    @GET
    @Path("{hallId: \\d+}/book")
    @PermitAll
    @RateLimited(value = "windows.pages", perMinute = 300)
    public Response book(@PathParam("hallId") long hallId, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return hallPage(Page.BOOK, hallId, lang, headers);
    }

    /** The status page; the page itself asks for the status with the ticket's id and number. */
    @GET
    @Path("ticket/{id: \\d+}")
    @PermitAll
    @RateLimited(value = "windows.pages", perMinute = 600)
    public Response ticket(@PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = Pages.locale(lang, headers.getAcceptableLanguages());
        return Response.ok(fill(Page.TICKET, locale, Map.of("hallName", "", "hallId", ""))).type(HTML).build();
    }

    /**
     * The QR code of a ticket's status page, as SVG: {@code /hall/ticket/{id}/qr.svg?n=A012}. Only this server's status
     * address is ever encoded.
     */
    @GET
    @Path("ticket/{id: \\d+}/qr.svg")
    @PermitAll
    @RateLimited(value = "windows.pages", perMinute = 300)
    public Response qr(@PathParam("id") long id, @QueryParam("n") String number, @Context UriInfo uri) {
        String n = number == null ? "" : number.strip();
        if (!n.matches("[A-Z]{1,2}\\d{1,5}")) {
            return Response.status(404).type(MediaType.TEXT_PLAIN).entity("not found").build();
        }
        URI status = uri.getBaseUriBuilder().path("hall/ticket/" + id).queryParam("n", n).build();
        return Response.ok(QrSvg.of(status.toString(), QR_MAX)).type("image/svg+xml").cacheControl(cache(3600))
                .build();
    }

    @GET
    @Path("assets/{name}")
    @PermitAll
    @RateLimited(value = "windows.pages", perMinute = 600)
    public Response asset(@PathParam("name") String name) {
        if (!ASSETS.contains(name)) {
            return Response.status(404).type(MediaType.TEXT_PLAIN).entity("not found").build();
        }
        String type = name.endsWith(".css") ? "text/css;charset=utf-8" : "text/javascript;charset=utf-8";
        return Response.ok(read(name)).type(type).cacheControl(cache(300)).build();
    }

    private Response hallPage(Page page, long hallId, String lang, HttpHeaders headers) {
        Locale locale = Pages.locale(lang, headers.getAcceptableLanguages());
        Hall hall = halls.hall(Actor.SYSTEM, hallId).orElse(null);
        if (hall == null) {
            String body = "<!doctype html><meta charset=utf-8><title>" + TEXTS.text(locale, "page.notFound")
                    + "</title><p style=\"font:24px sans-serif;margin:2em\">"
                    + Pages.esc(TEXTS.text(locale, "page.noHall"))
                    + "</p>";
            return Response.status(404).type(HTML).entity(body).build();
        }
        return Response.ok(fill(page, locale, Map.of("hallName", hall.name(), "hallId",
                String.valueOf(hall.id())))).type(HTML).build();
    }

    /** {@code {{key}}} from the page texts, {@code {{hallName}}}/{@code {{hallId}}}/{@code {{lang}}}, {@code {{texts}}}. */
    private String fill(Page page, Locale locale, Map<String, String> values) {
        return TEXTS.fill(templates.get(page), locale).values(values).script("zone", time.zone().getId()).html();
    }

    private static CacheControl cache(int seconds) {
        CacheControl c = new CacheControl();
        c.setMaxAge(seconds);
        return c;
    }

    private static String read(String name) {
        return Pages.read(HallPages.class, "web/" + name);
    }
}
