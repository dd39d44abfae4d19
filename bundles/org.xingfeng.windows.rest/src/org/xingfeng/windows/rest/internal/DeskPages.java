package org.xingfeng.windows.rest.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.pages.PageTexts;
import org.xingfeng.platform.api.pages.Pages;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.rest.qr.QrSvg;
import org.xingfeng.windows.api.halls.ServiceWindow;
import org.xingfeng.windows.api.halls.WindowService;

/**
 * The window desk's pages (headless, Chinese first, English with {@code ?lang=en}); the pages sign in with a staff
 * account (kept for the browser session) and read through the staff API, so nothing of a record is served without
 * one:
 * <ul>
 * <li>{@code /hall/desk/receipt/{recordId}}: 办件回执, a narrow receipt (58 mm, browser print) with the record's number,
 * matter, dates and staff member and the QR code of the citizen's evaluation page with the record's ticket.</li>
 * <li>{@code /hall/desk/evaluator/{windowId}}: 评价器, the tablet at the window: it follows the hall's live stream and,
 * when the window closes a record, shows the evaluation page for it; it resets after the evaluation or a timeout.</li>
 * <li>{@code /hall/desk/qr.svg?t=}: the QR code of this server's evaluation page for a ticket (only that address is
 * ever encoded).</li>
 * </ul>
 */
@Component(service = DeskPages.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path("hall/desk")
public class DeskPages {

    /** The citizen's evaluation page (served by the evaluations module). */
    static final String EVALUATE = "evaluate";
    private static final Set<String> ASSETS = Set.of("desk.css", "desk.js", "receipt.js", "evaluator.js");
    private static final PageTexts TEXTS = PageTexts.of(DeskPages.class, "desk");
    private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9_-]{8,400}\\.[A-Za-z0-9_-]{16,100}");
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final WindowService windows;
    private final BureauTime time;
    private final String receipt;
    private final String evaluator;

    @Activate
    public DeskPages(@Reference WindowService windows, @Reference BureauTime time) {
        this.windows = windows;
        this.time = time;
        this.receipt = read("receipt.html");
        this.evaluator = read("evaluator.html");
    }

    @GET
    @Path("receipt/{recordId: \\d+}")
    @PermitAll
    @RateLimited(value = "windows.pages", perMinute = 300)
    public Response receipt(@PathParam("recordId") long recordId, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return Response
                .ok(fill(receipt, Pages.locale(lang, headers.getAcceptableLanguages()),
                        Map.of("recordId", String.valueOf(recordId))))
                .type(HTML).build();
    }

    @GET
    @Path("evaluator/{windowId: \\d+}")
    @PermitAll
    @RateLimited(value = "windows.pages", perMinute = 300)
    public Response evaluator(@PathParam("windowId") long windowId, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        Locale locale = Pages.locale(lang, headers.getAcceptableLanguages());
        ServiceWindow w = windows.window(Actor.SYSTEM, windowId).orElse(null);
        if (w == null) {
            String body = "<!doctype html><meta charset=utf-8><title>" + Pages.esc(TEXTS.text(locale, "desk.notFound"))
                    + "</title><p style=\"font:24px sans-serif;margin:2em\">"
                    + Pages.esc(TEXTS.text(locale, "desk.noWindow"))
                    + "</p>";
            return Response.status(404).type(HTML).entity(body).build();
        }
        return Response.ok(fill(evaluator, locale, Map.of("windowId", String.valueOf(w.id()), "hallId",
                String.valueOf(w.hallId()), "windowNumber", w.number(), "windowLabel",
                w.label() == null ? "" : w.label()))).type(HTML).build();
    }

    /** The QR code of the evaluation page for a ticket: {@code /hall/desk/qr.svg?t=}. */
    @GET
    @Path("qr.svg")
    @PermitAll
    @RateLimited(value = "windows.pages", perMinute = 300)
    public Response qr(@QueryParam("t") String ticket, @Context UriInfo uri) {
        if (ticket == null || !TICKET.matcher(ticket).matches()) {
            return Response.status(404).type(MediaType.TEXT_PLAIN).entity("not found").build();
        }
        URI page = uri.getBaseUriBuilder().path(EVALUATE).queryParam("t", ticket).build();
        try {
            return Response.ok(QrSvg.of(page.toString(), HallPages.QR_MAX)).type("image/svg+xml").build();
        } catch (IllegalArgumentException e) { // longer than a receipt's code holds
            return Response.status(404).type(MediaType.TEXT_PLAIN).entity("not found").build();
        }
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
        CacheControl c = new CacheControl();
        c.setMaxAge(300);
        return Response.ok(read(name)).type(type).cacheControl(c).build();
    }

    /** {@code {{key}}} from the desk texts or the values, {@code {{lang}}}, {@code {{texts}}} (the js.* keys). */
    private String fill(String template, Locale locale, Map<String, String> values) {
        return TEXTS.fill(template, locale).values(values).script("zone", time.zone().getId()).html();
    }

    private static String read(String name) {
        return Pages.read(DeskPages.class, "web/desk/" + name);
    }
}
