package org.xingfeng.publicity.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.xingfeng.platform.api.pages.Pages;
import org.xingfeng.platform.rest.qr.QrSvg;
import org.xingfeng.publicity.api.surveys.CodeBatch;
import org.xingfeng.publicity.api.surveys.Survey;

/**
 * A printable sheet of access codes: per code a slip with the QR code of its survey page, the code and the address to
 * type, cut apart along the slips' borders. The QR codes are drawn here (SVG), nothing is fetched by the page.
 */
final class CodeSheet {

    private CodeSheet() {
    }

    static String html(Survey survey, List<CodeBatch> batches, String base, Locale locale) {
        ResourceBundle b = SurveyPages.TEXTS.bundle(locale);
        String root = base.endsWith("/") ? base : base + "/";
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"")
                .append(Pages.htmlLang(locale))
                .append("\"><head><meta charset=\"utf-8\"><title>").append(Pages.esc(survey.title()))
                .append("</title><style>")
                .append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:12px;color:#000}")
                .append("h1{font-size:18px;margin:0 0 4px}h2{font-size:15px;margin:14px 0 6px}")
                .append(".slips{display:grid;grid-template-columns:repeat(4,1fr);gap:0}")
                .append(".slip{border:1px dashed #888;padding:8px;text-align:center;break-inside:avoid;font-size:12px}")
                .append(".slip svg{width:112px;height:112px;display:block;margin:0 auto 4px}")
                .append(".code{font:bold 16px monospace;letter-spacing:2px}.url{font-size:10px;word-break:break-all}")
                .append("@page{size:A4;margin:10mm}@media print{.hint{display:none}}")
                .append("</style></head><body><h1>").append(Pages.esc(survey.title())).append("</h1>")
                .append("<p class=\"hint\">").append(Pages.esc(b.getString("sheet.hint"))).append("</p>");
        int count = 0;
        for (CodeBatch batch : batches) {
            h.append("<h2>").append(Pages.esc(batch.areaName())).append(" (").append(batch.codes().size())
                    .append(")</h2><div class=\"slips\">");
            for (String code : batch.codes()) {
                String url = root + "survey/" + code;
                h.append("<div class=\"slip\" data-code=\"").append(Pages.esc(code)).append("\">")
                        .append(QrSvg.of(url)).append("<div>").append(Pages.esc(b.getString("sheet.scan")))
                        .append("</div><div class=\"code\">").append(Pages.esc(code))
                        .append("</div><div class=\"url\">").append(Pages.esc(url)).append("</div></div>");
                count++;
            }
            h.append("</div>");
        }
        if (count == 0) {
            h.append("<p>").append(Pages.esc(b.getString("sheet.none"))).append("</p>");
        }
        return h.append("</body></html>").toString();
    }
}
