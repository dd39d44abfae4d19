package org.xingfeng.matters.rest;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MattersService;
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

    private final MattersService matters;
    private final OrgService org;

    @Activate
    public GuidePages(@Reference MattersService matters, @Reference OrgService org) {
        this.matters = matters;
        this.org = org;
    }

    @GET
    @Path("units/{unitId}")
    @PermitAll
    @RateLimited(value = "guide", perMinute = 120)
    public Response index(@PathParam("unitId") long unitId) {
        List<MainItem> mains = matters.mainItems(unitId);
        if (mains.isEmpty()) {
            return notFound("该单位尚未公布事项清单。");
        }
        Map<Long, List<SubItem>> byMain = matters.subItems(new SubItemQuery(unitId, null, null, null, null), PageRequest.EXPORT)
                .items().stream().collect(Collectors.groupingBy(SubItem::mainItemId));
        String bureau = org.unit(unitId).map(OrgUnit::name).orElse("");
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
        SubItem s = matters.subItem(id).orElse(null);
        MainItem m = s == null ? null : matters.mainItem(s.mainItemId()).orElse(null);
        if (s == null || m == null) {
            return notFound("没有这个事项，可能已调整或撤销，请返回事项清单查看。");
        }
        Function<String, String> orDash = v -> v == null || v.isBlank() ? "—" : Html.esc(v);
        List<Material> toBring = s.materials().stream().filter(mat -> !mat.cancelled() && !mat.sharedData()).toList();
        List<Material> shared = s.materials().stream().filter(mat -> !mat.cancelled() && mat.sharedData()).toList();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(s.name())).append(" 办事指南</h1>\n<table>\n");
        row(b, "事项名称", Html.esc(s.name()));
        row(b, "所属主项", Html.esc(m.name()) + "（" + Html.esc(m.category().nameZh()) + "）");
        row(b, "事项编码", "基本编码 " + orDash.apply(s.basicCode()) + "；实施编码 " + orDash.apply(s.implementationCode()));
        row(b, "办理层级", s.levels().isEmpty() ? "—"
                : s.levels().stream().sorted().map(l -> l.name() + " " + l.nameZh()).collect(Collectors.joining("、")));
        row(b, "设定依据", orDash.apply(s.legalBasis()));
        row(b, "受理条件", orDash.apply(s.conditions()));
        row(b, "办理时限", s.timeLimit() == null ? "—" : Html.esc(s.timeLimit().label()));
        row(b, "收费标准", s.fees() == null || s.fees().isBlank() ? "不收费" : Html.esc(s.fees()));
        row(b, "办理地点", orDash.apply(s.place()));
        row(b, "咨询方式", orDash.apply(s.consultation()));
        row(b, "投诉方式", orDash.apply(s.complaint()));
        b.append("</table>\n<h2>办理流程</h2>\n");
        if (s.steps().isEmpty()) {
            b.append("<p>—</p>\n");
        } else {
            b.append("<ol class=\"steps\">");
            s.steps().forEach(step -> b.append("<li>").append(Html.esc(step)).append("</li>"));
            b.append("</ol>\n");
        }
        b.append("<h2>一次性告知单：请携带以下材料</h2>\n");
        if (toBring.isEmpty()) {
            b.append("<p>无需提交纸质材料。</p>\n");
        } else {
            b.append("<table><tr><th style=\"width:3rem\">序号</th><th style=\"width:auto\">材料名称</th><th>形式</th><th>份数</th></tr>\n");
            int n = 1;
            for (Material mat : toBring) {
                b.append("<tr><td>").append(n++).append("</td><td>").append(Html.esc(mat.name())).append("</td><td>")
                        .append(Html.esc(mat.form())).append("</td><td>").append(mat.copies()).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        if (!shared.isEmpty()) {
            b.append("<p class=\"note\">以下材料通过数据共享获取，无需提交：")
                    .append(shared.stream().map(mat -> Html.esc(mat.name())).collect(Collectors.joining("、"))).append("</p>\n");
        }
        if (s.remarks() != null && !s.remarks().isBlank()) {
            b.append("<p class=\"note\">备注：").append(Html.esc(s.remarks())).append("</p>\n");
        }
        b.append("<p class=\"noprint\"><a href=\"/guide/matters/units/").append(s.unitId()).append("\">返回事项清单</a></p>");
        return Response.ok(Html.page(s.name() + " 办事指南", b.toString())).build();
    }

    private static void row(StringBuilder b, String label, String valueHtml) {
        b.append("<tr><th>").append(label).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }
}
