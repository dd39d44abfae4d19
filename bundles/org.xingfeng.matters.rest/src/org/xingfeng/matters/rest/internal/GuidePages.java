package org.xingfeng.matters.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.ServiceGuide;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.pages.Pages;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;

/**
 * 办事指南 and 一次性告知单 for citizens: printable pages, open to anybody and rate-limited, in Chinese first and in
 * English when the browser asks for it ({@code Accept-Language}) or the page is called with {@code ?lang=en}; each
 * page shows a 中文/English switch. Texts come from this bundle's and the matters API's message properties.
 * {@code /guide/matters/units/{unitId}} lists a unit's matters; {@code /guide/matters/{id}} is one matter's guide,
 * ending with the one-time notice of everything to bring.
 */
@Component(service = GuidePages.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path("guide/matters")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class GuidePages {

    static final Messages MESSAGES = Messages.of(GuidePages.class);

    private final MatterItemService matters;
    private final OrgService org;

    @Activate
    public GuidePages(@Reference MatterItemService matters, @Reference OrgService org) {
        this.matters = matters;
        this.org = org;
    }

    @GET
    @Path("units/{unitId}")
    @PermitAll
    @RateLimited(value = "guide", perMinute = 120)
    public Response index(@PathParam("unitId") long unitId, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        Page page = new Page(lang, headers);
        // the published list is public: citizens read it as the system
        List<MainItem> mains = matters.mainItems(Actor.SYSTEM, unitId);
        if (mains.isEmpty()) {
            return notFound(page, "guide.unit_not_published");
        }
        Map<Long, List<SubItem>> byMain = matters
                .subItems(Actor.SYSTEM, SubItemQuery.ofUnit(unitId), PageRequest.EXPORT)
                .items().stream().collect(Collectors.groupingBy(SubItem::mainItemId));
        String bureau = org.unit(Actor.SYSTEM, unitId).map(OrgUnit::name).orElse("");
        String title = page.text("guide.list_title", bureau);
        StringBuilder b = new StringBuilder(page.switcher()).append("<h1>").append(Pages.esc(title)).append("</h1>\n");
        for (MainItem m : mains) {
            b.append("<h2>").append(Pages.esc(m.name())).append(" <span class=\"note\">")
                    .append(Pages.esc(page.text("guide.category", page.text("category." + m.category().name()))))
                    .append("</span></h2>\n<ul>\n");
            for (SubItem s : byMain.getOrDefault(m.id(), List.of())) {
                b.append("<li><a href=\"").append(Pages.esc(page.link("/guide/matters/" + s.id()))).append("\">")
                        .append(Pages.esc(page.name(s))).append("</a></li>\n");
            }
            b.append("</ul>\n");
        }
        return Response.ok(ServiceGuide.page(title, b.toString(), page.locale)).build();
    }

    /** Citizens get a page in their language, not an API error body. */
    private static Response notFound(Page page, String key) {
        String title = page.text("guide.not_found");
        return Response.status(404).type(MediaType.TEXT_HTML + ";charset=utf-8")
                .entity(ServiceGuide.page(title,
                        page.switcher() + "<h1>" + Pages.esc(title) + "</h1>\n<p>" + Pages.esc(page.text(key))
                                + "</p>",
                        page.locale))
                .build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @RateLimited(value = "guide", perMinute = 120)
    public Response guide(@PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Page page = new Page(lang, headers);
        ServiceGuide guide = matters.subItem(Actor.SYSTEM, id)
                .flatMap(s -> matters.mainItem(Actor.SYSTEM, s.mainItemId())
                        .map(m -> ServiceGuide.of(m, s, page.locale)))
                .orElse(null);
        if (guide == null) {
            return notFound(page, "guide.no_such_matter");
        }
        String back = page.link("/guide/matters/units/" + guide.unitId());
        return Response
                .ok(ServiceGuide.page(guide.title(), page.switcher() + guide.body(back, page.locale), page.locale))
                .build();
    }

    /**
     * The language of one page: {@code ?lang=en} or {@code ?lang=zh} if given (and kept in the page's links), else
     * the browser's {@code Accept-Language}; Chinese first.
     */
    static final class Page {

        final Locale locale;
        private final boolean chosen;

        Page(String lang, HttpHeaders headers) {
            this.chosen = "en".equalsIgnoreCase(lang) || "zh".equalsIgnoreCase(lang);
            this.locale = chosen ? ("en".equalsIgnoreCase(lang) ? Languages.ENGLISH : Languages.CHINESE)
                    : Languages.preferred(headers == null ? List.of() : headers.getAcceptableLanguages());
        }

        String text(String key, Object... args) {
            return MESSAGES.get(locale, key, args);
        }

        /** An item's name as the page's reader reads it: its English name on an English page when it has one. */
        String name(SubItem s) {
            String english = s.english().name();
            return Languages.chinese(locale) || english == null || english.isBlank() ? s.name() : english;
        }

        String link(String path) {
            return chosen ? path + "?lang=" + (Languages.chinese(locale) ? "zh" : "en") : path;
        }

        /** The visible 中文 / English switch (hidden in print). */
        String switcher() {
            boolean zh = Languages.chinese(locale);
            return "<p class=\"lang noprint\">"
                    + (zh ? "<span class=\"current\">中文</span>" : "<a href=\"?lang=zh\" lang=\"zh-CN\">中文</a>")
                    + (zh ? "<a href=\"?lang=en\" lang=\"en\">English</a>" : "<span class=\"current\">English</span>")
                    + "</p>\n";
        }
    }
}
