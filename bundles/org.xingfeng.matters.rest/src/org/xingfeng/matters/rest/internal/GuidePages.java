package org.xingfeng.matters.rest.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.xingfeng.matters.api.ServiceGuideService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;

/**
 * 办事指南 and 一次性告知单 for citizens: printable pages, in Chinese, open to anybody and rate-limited.
 * {@code /guide/matters/units/{unitId}} lists a unit's matters; {@code /guide/matters/{id}} is one matter's guide,
 * ending with the one-time notice of everything to bring.
 */
@Component(service = GuidePages.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path("guide/matters")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class GuidePages {

    private final MatterItemService matters;
    private final ServiceGuideService guides;
    private final OrgService org;

    @Activate
    public GuidePages(@Reference MatterItemService matters, @Reference ServiceGuideService guides,
            @Reference OrgService org) {
        this.matters = matters;
        this.guides = guides;
        this.org = org;
    }

    @GET
    @Path("units/{unitId}")
    @PermitAll
    @RateLimited(value = "guide", perMinute = 120)
    public Response index(@PathParam("unitId") long unitId) {
        // the published list is public: citizens read it as the system
        List<MainItem> mains = matters.mainItems(Actor.SYSTEM, unitId);
        if (mains.isEmpty()) {
            return notFound("该单位尚未公布事项清单。");
        }
        Map<Long, List<SubItem>> byMain = matters.subItems(Actor.SYSTEM, SubItemQuery.ofUnit(unitId), PageRequest.EXPORT)
                .items().stream().collect(Collectors.groupingBy(SubItem::mainItemId));
        String bureau = org.unit(Actor.SYSTEM, unitId).map(OrgUnit::name).orElse("");
        StringBuilder b = new StringBuilder("<h1>" + Html.esc(bureau) + " 医疗保障政务服务事项清单</h1>\n");
        for (MainItem m : mains) {
            b.append("<h2>").append(Html.esc(m.name())).append(" <span class=\"note\">（").append(Html.esc(m.category().nameZh()))
                    .append("）</span></h2>\n<ul>\n");
            for (SubItem s : byMain.getOrDefault(m.id(), List.of())) {
                b.append("<li><a href=\"/guide/matters/").append(s.id()).append("\">").append(Html.esc(s.name()))
                        .append("</a></li>\n");
            }
            b.append("</ul>\n");
        }
        return Response.ok(Html.page(bureau + " 医疗保障政务服务事项清单", b.toString())).build();
    }

    /** Citizens get a page in Chinese, not an API error body. */
    private static Response notFound(String message) {
        return Response.status(404).type(MediaType.TEXT_HTML + ";charset=utf-8")
                .entity(Html.page("未找到", "<h1>未找到</h1>\n<p>" + Html.esc(message) + "</p>")).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @RateLimited(value = "guide", perMinute = 120)
    public Response guide(@PathParam("id") long id) {
        ServiceGuide guide = guides.guide(Actor.SYSTEM, id).orElse(null);
        if (guide == null) {
            return notFound("没有这个事项，可能已调整或撤销，请返回事项清单查看。");
        }
        String back = "/guide/matters/units/" + guide.unitId();
        return Response.ok(guide.html(back)).build();
    }
}
