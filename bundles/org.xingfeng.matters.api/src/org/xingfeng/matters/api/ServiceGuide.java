package org.xingfeng.matters.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.pages.Pages;

/**
 * 办事指南 and 一次性告知单 of one sub-item, as citizens read them: the labelled facts, the steps, the materials to
 * bring (not cancelled, not fetched by data sharing), those fetched by data sharing, and the remarks. The server's
 * web page and the client's print view both show this, so they say the same; {@link #html} renders it as a page.
 * Labels and headings come from this bundle's message properties, in Chinese unless a locale says English. In
 * English the item's name, legal basis, conditions, steps and materials are its English texts where it has them, else
 * the Chinese ones, which {@code languageNote} then names (null when nothing is left in Chinese, and in Chinese).
 */
public record ServiceGuide(String title, String itemName, long unitId, List<Entry> entries, List<String> steps,
        List<Material> toBring, List<String> sharedData, String remarks, String languageNote) {

    /** A guide without a note on its language. */
    public ServiceGuide(String title, String itemName, long unitId, List<Entry> entries, List<String> steps,
            List<Material> toBring, List<String> sharedData, String remarks) {
        this(title, itemName, unitId, entries, steps, toBring, sharedData, remarks, null);
    }

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

    private static final Messages MESSAGES = Messages.of(ServiceGuide.class);

    /** The guide in Chinese. */
    public static ServiceGuide of(MainItem main, SubItem s) {
        return of(main, s, Languages.CHINESE);
    }

    /**
     * The guide with its labels in {@code locale}'s language; in English with the item's English texts where given
     * (the other texts stay as written).
     */
    public static ServiceGuide of(MainItem main, SubItem s, Locale locale) {
        boolean english = !Languages.chinese(locale);
        EnglishTexts en = s.english();
        List<String> chineseOnly = new ArrayList<>();
        String name = english ? either(en.name(), s.name(), t(locale, "guide.name"), chineseOnly) : s.name();
        String basis = english ? either(en.legalBasis(), s.legalBasis(), t(locale, "guide.legalBasis"), chineseOnly)
                : s.legalBasis();
        String conditions = english
                ? either(en.conditions(), s.conditions(), t(locale, "guide.conditions"), chineseOnly)
                : s.conditions();
        List<String> steps = s.steps();
        if (english && !en.steps().isEmpty()) {
            steps = en.steps();
        } else if (english && !steps.isEmpty()) {
            chineseOnly.add(t(locale, "guide.steps"));
        }
        List<Entry> e = new ArrayList<>();
        e.add(new Entry(t(locale, "guide.name"), name));
        e.add(new Entry(t(locale, "guide.mainItem"), t(locale, "guide.mainItem.value", main.name(),
                t(locale, "category." + main.category().name()))));
        e.add(new Entry(t(locale, "guide.codes"), t(locale, "guide.codes.value", orNone(s.basicCode()),
                orNone(s.implementationCode()))));
        e.add(new Entry(t(locale, "guide.levels"), s.levels().isEmpty() ? NONE
                : s.levels().stream().sorted().map(l -> l.name() + " " + t(locale, "level." + l.name()))
                        .collect(Collectors.joining(t(locale, "guide.listSeparator")))));
        e.add(new Entry(t(locale, "guide.channels"), s.channels().isEmpty() ? NONE
                : s.channels().stream().sorted().map(c -> t(locale, "channel." + c.name()))
                        .collect(Collectors.joining(t(locale, "guide.listSeparator")))));
        e.add(new Entry(t(locale, "guide.legalBasis"), orNone(basis)));
        e.add(new Entry(t(locale, "guide.conditions"), orNone(conditions)));
        e.add(new Entry(t(locale, "guide.timeLimit"), s.timeLimit() == null ? NONE : limit(locale, s.timeLimit())));
        e.add(new Entry(t(locale, "guide.serviceStandard"), orNone(s.serviceStandard())));
        e.add(new Entry(t(locale, "guide.fees"), Strings.blank(s.fees()) ? t(locale, "guide.fees.none") : s.fees()));
        e.add(new Entry(t(locale, "guide.place"), orNone(s.place())));
        e.add(new Entry(t(locale, "guide.consultation"), orNone(s.consultation())));
        e.add(new Entry(t(locale, "guide.complaint"), orNone(s.complaint())));
        List<Material> kept = s.materials().stream().filter(m -> !m.cancelled()).toList();
        if (english && kept.stream().anyMatch(m -> Strings.blank(m.nameEn()))) {
            chineseOnly.add(t(locale, "guide.part.materials"));
        }
        List<Material> toBring = kept.stream().filter(m -> !m.sharedData()).map(m -> english ? inEnglish(locale, m) : m)
                .toList();
        List<String> shared = kept.stream().filter(Material::sharedData)
                .map(m -> english && !Strings.blank(m.nameEn()) ? m.nameEn() : m.name()).toList();
        String note = chineseOnly.isEmpty() ? null
                : t(locale, "guide.chineseOnly", String.join(t(locale, "guide.listSeparator"), chineseOnly));
        return new ServiceGuide(t(locale, "guide.title", name), name, s.unitId(), e, steps, toBring, shared,
                Strings.blank(s.remarks()) ? null : s.remarks(), note);
    }

    /** The English text if given, else the Chinese, noting {@code part} as left in Chinese when there is one. */
    private static String either(String english, String chinese, String part, List<String> chineseOnly) {
        if (!Strings.blank(english)) {
            return english.strip();
        }
        if (!Strings.blank(chinese)) {
            chineseOnly.add(part);
        }
        return chinese;
    }

    /** A material as the English guide lists it: its English name where given, its form in English. */
    private static Material inEnglish(Locale locale, Material m) {
        String form = m.form() == null ? null : switch (m.form()) {
            case "原件" -> t(locale, "guide.form.original");
            case "复印件" -> t(locale, "guide.form.copy");
            case "原件及复印件" -> t(locale, "guide.form.originalAndCopy");
            case "电子件" -> t(locale, "guide.form.electronic");
            default -> m.form();
        };
        return new Material(Strings.blank(m.nameEn()) ? m.name() : m.nameEn(), form, m.copies(), m.sharedData(),
                m.cancelledBasis(), m.cancelledOn(), m.nameEn());
    }

    /** The promise (a range as such) and, where given, the legal limit. */
    static String limit(Locale locale, TimeLimit l) {
        String promise = l.onTheSpot() ? t(locale, "guide.timeLimit.onTheSpot")
                : l.range() ? t(locale, "guide.timeLimit.range", l.workingDays(), l.maxWorkingDays())
                        : t(locale, "guide.timeLimit.days", l.workingDays());
        return l.legalWorkingDays() == null ? promise
                : t(locale, "guide.timeLimit.withLegal", promise, l.legalWorkingDays());
    }

    private static String t(Locale locale, String key, Object... args) {
        return MESSAGES.get(locale, key, args);
    }

    /**
     * One of the guide's own words in {@code locale}'s language ({@code guide.steps}, {@code guide.toBring}, ...), for
     * a view that shows the guide otherwise than as {@link #html}, so that both say the same.
     */
    public static String text(Locale locale, String key, Object... args) {
        return t(locale, key, args);
    }

    /**
     * The guide's 业务流程图 laid out with lines {@code lineHeight} high and text measured by {@code measure}: its
     * steps, where it is handled and its time limit, as the page's SVG shows them; null without steps.
     */
    public FlowchartLayout flowchart(Locale locale, int lineHeight, FlowchartLayout.Measure measure) {
        return FlowchartLayout.of(steps, labelled(locale, "guide.place"), labelled(locale, "guide.timeLimit"),
                lineHeight, measure);
    }

    private static String orNone(String v) {
        return Strings.orElse(v, NONE);
    }

    /** The guide as a printable HTML page in Chinese; {@code backLink} (or null) is a link back to the list, hidden in print. */
    public String html(String backLink) {
        return html(backLink, Languages.CHINESE);
    }

    /** The guide as a printable HTML page with headings in {@code locale}'s language (build the guide in it too). */
    public String html(String backLink, Locale locale) {
        return page(title, body(backLink, locale), locale);
    }

    /** The page's body (no frame): headings in {@code locale}'s language, for a page that adds its own parts. */
    public String body(String backLink, Locale locale) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Pages.esc(title)).append("</h1>\n");
        if (languageNote != null) {
            b.append("<p class=\"note language-note\">").append(Pages.esc(languageNote)).append("</p>\n");
        }
        b.append("<table>\n");
        for (Entry e : entries) {
            b.append("<tr><th>").append(Pages.esc(e.label())).append("</th><td>").append(Pages.esc(e.value()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n<h2>").append(Pages.esc(t(locale, "guide.steps"))).append("</h2>\n");
        if (steps.isEmpty()) {
            b.append("<p>").append(NONE).append("</p>\n");
        } else {
            b.append("<ol class=\"steps\">");
            steps.forEach(step -> b.append("<li>").append(Pages.esc(step)).append("</li>"));
            b.append("</ol>\n<h2>").append(Pages.esc(t(locale, "guide.flowchart"))).append("</h2>\n<figure>")
                    .append(Flowchart.svg(t(locale, "guide.flowchart.title", itemName),
                            flowchart(locale, Flowchart.LINE_HEIGHT, FlowchartLayout.estimate(Flowchart.FONT_SIZE))))
                    .append("</figure>\n");
        }
        b.append("<h2>").append(Pages.esc(t(locale, "guide.toBring"))).append("</h2>\n");
        if (toBring.isEmpty()) {
            b.append("<p>").append(Pages.esc(t(locale, "guide.toBring.none"))).append("</p>\n");
        } else {
            b.append("<table><tr><th style=\"width:3rem\">").append(Pages.esc(t(locale, "guide.material.number")))
                    .append("</th><th style=\"width:auto\">").append(Pages.esc(t(locale, "guide.material.name")))
                    .append("</th><th>")
                    .append(Pages.esc(t(locale, "guide.material.form"))).append("</th><th>")
                    .append(Pages.esc(t(locale, "guide.material.copies"))).append("</th></tr>\n");
            int n = 1;
            for (Material m : toBring) {
                b.append("<tr><td>").append(n++).append("</td><td>").append(Pages.esc(m.name())).append("</td><td>")
                        .append(Pages.esc(m.form())).append("</td><td>").append(m.copies()).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        if (!sharedData.isEmpty()) {
            b.append("<p class=\"note\">")
                    .append(Pages.esc(t(locale, "guide.sharedData", String.join(t(locale, "guide.listSeparator"),
                            sharedData))))
                    .append("</p>\n");
        }
        if (remarks != null) {
            b.append("<p class=\"note\">").append(Pages.esc(t(locale, "guide.remarks", remarks))).append("</p>\n");
        }
        if (backLink != null) {
            b.append("<p class=\"noprint\"><a href=\"").append(Pages.esc(backLink)).append("\">")
                    .append(Pages.esc(t(locale, "guide.back"))).append("</a></p>");
        }
        return b.toString();
    }

    /** "办理地点：…" from the guide's entry of that label; blank when the element is not given. */
    private String labelled(Locale locale, String key) {
        String label = t(locale, key);
        return entries.stream().filter(e -> e.label().equals(label) && !NONE.equals(e.value())).findFirst()
                .map(e -> label + t(locale, "guide.labelSeparator") + e.value()).orElse("");
    }

    /** The printable page frame the guide pages share (Chinese fonts, print styles), for a Chinese page. */
    public static String page(String title, String body) {
        return page(title, body, Languages.CHINESE);
    }

    /** The printable page frame, its {@code lang} that of {@code locale}. */
    public static String page(String title, String body, Locale locale) {
        String lang = Languages.chinese(locale) ? "zh-CN" : "en";
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Pages.esc(title) + "</title><style>"
                + "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;max-width:52rem;margin:1.5rem auto;padding:0 1rem;color:#222;line-height:1.6}"
                + "h1{font-size:1.5rem;border-bottom:3px solid #b22;padding-bottom:.4rem}h2{font-size:1.15rem;margin-top:1.4rem;color:#822}"
                + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}"
                + "th{background:#f3ecec;width:9rem}ol.steps li{margin:.15rem 0}figure{margin:.5rem 0}svg.flowchart{width:100%;max-width:30rem;height:auto;break-inside:avoid}.note{color:#555;font-size:.9rem}"
                + ".lang{float:right;font-size:.9rem}.lang a,.lang span{margin-left:.6rem}.lang .current{font-weight:bold;text-decoration:none;color:#222}"
                + "@media print{body{margin:0;max-width:none}a{color:#222;text-decoration:none}.noprint{display:none}}"
                + "</style></head><body>\n" + body + "\n</body></html>\n";
    }
}
