package org.xingfeng.matters.api;

import org.xingfeng.platform.api.pages.Pages;

/**
 * 业务流程图 of one item (seed 003: a flowchart per item) as SVG for the guide page, drawn from its
 * {@link FlowchartLayout}: the same drawing the client's print view paints. The page scales it to its width (a phone's
 * narrower, a hall screen's up to 30rem), the text with it.
 */
final class Flowchart {

    static final int FONT_SIZE = 14;
    static final int LINE_HEIGHT = 18;
    static final String RED = "#8b1a1a";

    private Flowchart() {
    }

    /**
     * The drawing of a layout made with {@link #LINE_HEIGHT} and the estimate at {@link #FONT_SIZE}; empty for none.
     * {@code title} names it for screen readers.
     */
    static String svg(String title, FlowchartLayout f) {
        if (f == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"flowchart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(f.width()).append("\" height=\"").append(f.height()).append("\" viewBox=\"0 0 ")
                .append(f.width()).append(' ').append(f.height()).append("\" font-size=\"").append(FONT_SIZE)
                .append("\"><title>").append(Pages.esc(title)).append("</title>")
                .append("<defs><marker id=\"arrow\" markerWidth=\"10\" markerHeight=\"10\" refX=\"8\" refY=\"5\" "
                        + "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + RED + "\"/></marker></defs>");
        for (FlowchartLayout.Box box : f.boxes()) {
            b.append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"")
                    .append(box.width()).append("\" height=\"").append(box.height()).append("\" rx=\"")
                    .append(box.rounded() ? LINE_HEIGHT : 4).append("\" fill=\"")
                    .append(box.last() ? "#f3ecec" : "#fff").append("\" stroke=\"" + RED + "\"/>");
        }
        for (FlowchartLayout.Arrow a : f.arrows()) {
            b.append("<line x1=\"").append(a.x()).append("\" y1=\"").append(a.y1()).append("\" x2=\"").append(a.x())
                    .append("\" y2=\"").append(a.y2()).append("\" stroke=\"" + RED + "\" marker-end=\"url(#arrow)\"/>");
        }
        for (FlowchartLayout.Label l : f.labels()) {
            // the line's middle, centred on it: the same place whatever the font's ascent
            b.append("<text x=\"").append(l.x()).append("\" y=\"").append(l.y() + LINE_HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" dominant-baseline=\"central\"")
                    .append(l.caption() ? " fill=\"#555\"" : "").append('>').append(Pages.esc(l.text()))
                    .append("</text>");
        }
        return b.append("</svg>").toString();
    }
}
