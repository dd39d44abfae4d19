package org.xingfeng.publicity.rest.internal;

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
import org.xingfeng.platform.api.pages.PageTexts;
import org.xingfeng.platform.api.pages.Pages;
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

    /** The survey page's texts, also the code sheet's. */
    static final PageTexts TEXTS = PageTexts.of(SurveyPages.class, "pages");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final String template;

    @Activate
    public SurveyPages() {
        template = Pages.read(SurveyPages.class, "web/survey.html");
    }

    @GET
    @Path("{code}")
    @PermitAll
    @RateLimited(value = "publicity.pages", perMinute = 300)
    public Response page(@PathParam("code") String code, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        String c = code != null && CODE.matcher(code).matches() ? code : "";
        return Response
                .ok(TEXTS.fill(template, Pages.locale(lang, headers.getAcceptableLanguages())).value("code", c).html())
                .type(HTML)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
    }
}
