package org.xingfeng.publicity.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.publicity.api.surveys.CodeBatch;
import org.xingfeng.publicity.api.surveys.Survey;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A printable sheet of access codes: per code a slip with the QR code of its survey page, the code and the address to
 * type, cut apart along the slips' borders. The QR codes are drawn here (SVG), nothing is fetched by the page.
 */
final class CodeSheet {

    private CodeSheet() {
    }

    static String html(Survey survey, List<CodeBatch> batches, String base, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("OSGI-INF/l10n/pages", Languages.supported(locale),
                CodeSheet.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String root = base.endsWith("/") ? base : base + "/";
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"")
                .append(Languages.supported(locale).getLanguage().equals("en") ? "en" : "zh-CN")
                .append("\"><head><meta charset=\"utf-8\"><title>").append(SurveyPages.esc(survey.title()))
                .append("</title><style>")
                .append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:12px;color:#000}")
                .append("h1{font-size:18px;margin:0 0 4px}h2{font-size:15px;margin:14px 0 6px}")
                .append(".slips{display:grid;grid-template-columns:repeat(4,1fr);gap:0}")
                .append(".slip{border:1px dashed #888;padding:8px;text-align:center;break-inside:avoid;font-size:12px}")
                .append(".slip svg{width:112px;height:112px;display:block;margin:0 auto 4px}")
                .append(".code{font:bold 16px monospace;letter-spacing:2px}.url{font-size:10px;word-break:break-all}")
                .append("@page{size:A4;margin:10mm}@media print{.hint{display:none}}")
                .append("</style></head><body><h1>").append(SurveyPages.esc(survey.title())).append("</h1>")
                .append("<p class=\"hint\">").append(SurveyPages.esc(b.getString("sheet.hint"))).append("</p>");
        int count = 0;
        for (CodeBatch batch : batches) {
            h.append("<h2>").append(SurveyPages.esc(batch.areaName())).append(" (").append(batch.codes().size())
                    .append(")</h2><div class=\"slips\">");
            for (String code : batch.codes()) {
                String url = root + "survey/" + code;
                h.append("<div class=\"slip\" data-code=\"").append(SurveyPages.esc(code)).append("\">")
                        .append(svg(url)).append("<div>").append(SurveyPages.esc(b.getString("sheet.scan")))
                        .append("</div><div class=\"code\">").append(SurveyPages.esc(code))
                        .append("</div><div class=\"url\">").append(SurveyPages.esc(url)).append("</div></div>");
                count++;
            }
            h.append("</div>");
        }
        if (count == 0) {
            h.append("<p>").append(SurveyPages.esc(b.getString("sheet.none"))).append("</p>");
        }
        return h.append("</body></html>").toString();
    }

    /** A QR code as an SVG of one path (dark modules), with a quiet zone of two modules. */
    static String svg(String text) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
    }
}
