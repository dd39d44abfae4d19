package org.xingfeng.evaluations.rest.internal;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.pages.PageTexts;
import org.xingfeng.platform.api.pages.Pages;
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
    private static final PageTexts TEXTS = PageTexts.of(EvaluatePage.class, "evaluate");

    private final String template;

    @Activate
    public EvaluatePage() {
        this.template = read("evaluate.html");
    }

    @GET
    @PermitAll
    @RateLimited(value = "evaluations.pages", perMinute = 300)
    public Response page(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return Response.ok(TEXTS.fill(template, Pages.locale(lang, headers.getAcceptableLanguages())).html())
                .type(MediaType.TEXT_HTML + ";charset=utf-8").build();
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

    private static String read(String name) {
        return Pages.read(EvaluatePage.class, "web/" + name);
    }
}
