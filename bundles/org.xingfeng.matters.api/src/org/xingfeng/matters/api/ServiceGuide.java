package org.xingfeng.matters.api;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.xingfeng.platform.api.Strings;

/**
 * 办事指南 and 一次性告知单 of one sub-item, as citizens read them: the labelled facts, the steps, the materials to
 * bring (not cancelled, not fetched by data sharing), those fetched by data sharing, and the remarks. The server's
 * web page and the client's print view both show this, so they say the same; {@link #html} renders it as a page.
 */
public record ServiceGuide(String title, String itemName, long unitId, List<Entry> entries, List<String> steps,
        List<Material> toBring, List<String> sharedData, String remarks) {

    /** One labelled line of the guide, e.g. 办理时限: 5个工作日. */
    public record Entry(String label, String value) {
    }

    public ServiceGuide {
        entries = List.copyOf(entries);
        steps = List.copyOf(steps);
        toBring = List.copyOf(toBring);
        sharedData = List.copyOf(sharedData);
    }

    /** What is shown for an element that is not given. */
    public static final String NONE = "—";

    public static ServiceGuide of(MainItem main, SubItem s) {
        List<Entry> e = new ArrayList<>();
        e.add(new Entry("事项名称", s.name()));
        e.add(new Entry("所属主项", main.name() + "（" + main.category().nameZh() + "）"));
        e.add(new Entry("事项编码", "基本编码 " + orNone(s.basicCode()) + "；实施编码 " + orNone(s.implementationCode())));
        e.add(new Entry("办理层级", s.levels().isEmpty() ? NONE
                : s.levels().stream().sorted().map(l -> l.name() + " " + l.nameZh()).collect(Collectors.joining("、"))));
        e.add(new Entry("设定依据", orNone(s.legalBasis())));
        e.add(new Entry("受理条件", orNone(s.conditions())));
        e.add(new Entry("办理时限", s.timeLimit() == null ? NONE : s.timeLimit().label()));
        e.add(new Entry("收费标准", Strings.blank(s.fees()) ? "不收费" : s.fees()));
        e.add(new Entry("办理地点", orNone(s.place())));
        e.add(new Entry("咨询方式", orNone(s.consultation())));
        e.add(new Entry("投诉方式", orNone(s.complaint())));
        List<Material> toBring = s.materials().stream().filter(m -> !m.cancelled() && !m.sharedData()).toList();
        List<String> shared = s.materials().stream().filter(m -> !m.cancelled() && m.sharedData()).map(Material::name).toList();
        return new ServiceGuide(s.name() + " 办事指南", s.name(), s.unitId(), e, s.steps(), toBring, shared,
                Strings.blank(s.remarks()) ? null : s.remarks());
    }

    private static String orNone(String v) {
        return Strings.orElse(v, NONE);
    }

    /** The guide as a printable HTML page; {@code backLink} (or null) is a link back to the list, hidden in print. */
    public String html(String backLink) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(title)).append("</h1>\n<table>\n");
        for (Entry e : entries) {
            b.append("<tr><th>").append(esc(e.label())).append("</th><td>").append(esc(e.value())).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>办理流程</h2>\n");
        if (steps.isEmpty()) {
            b.append("<p>").append(NONE).append("</p>\n");
        } else {
            b.append("<ol class=\"steps\">");
            steps.forEach(step -> b.append("<li>").append(esc(step)).append("</li>"));
            b.append("</ol>\n");
        }
        b.append("<h2>一次性告知单：请携带以下材料</h2>\n");
        if (toBring.isEmpty()) {
            b.append("<p>无需提交纸质材料。</p>\n");
        } else {
            b.append("<table><tr><th style=\"width:3rem\">序号</th><th style=\"width:auto\">材料名称</th><th>形式</th><th>份数</th></tr>\n");
            int n = 1;
            for (Material m : toBring) {
                b.append("<tr><td>").append(n++).append("</td><td>").append(esc(m.name())).append("</td><td>")
                        .append(esc(m.form())).append("</td><td>").append(m.copies()).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        if (!sharedData.isEmpty()) {
            b.append("<p class=\"note\">以下材料通过数据共享获取，无需提交：")
                    .append(sharedData.stream().map(ServiceGuide::esc).collect(Collectors.joining("、"))).append("</p>\n");
        }
        if (remarks != null) {
            b.append("<p class=\"note\">备注：").append(esc(remarks)).append("</p>\n");
        }
        if (backLink != null) {
            b.append("<p class=\"noprint\"><a href=\"").append(esc(backLink)).append("\">返回事项清单</a></p>");
        }
        return page(title, b.toString());
    }

    /** Escapes text for HTML. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The printable page frame the guide pages share (Chinese fonts, print styles). */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>"
                + "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;max-width:52rem;margin:1.5rem auto;padding:0 1rem;color:#222;line-height:1.6}"
                + "h1{font-size:1.5rem;border-bottom:3px solid #b22;padding-bottom:.4rem}h2{font-size:1.15rem;margin-top:1.4rem;color:#822}"
                + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}"
                + "th{background:#f3ecec;width:9rem}ol.steps li{margin:.15rem 0}.note{color:#555;font-size:.9rem}"
                + "@media print{body{margin:0;max-width:none}a{color:#222;text-decoration:none}.noprint{display:none}}"
                + "</style></head><body>\n" + body + "\n</body></html>\n";
    }
}
