package org.xingfeng.matters.api;

import java.util.List;

/**
 * 业务流程图 of one item (seed 003: a flowchart per item), drawn as SVG from its stored steps: a box per step joined
 * by arrows, where it is handled above and the time limit below. Narrow enough for a phone; printed as shown.
 */
final class Flowchart {

    static final int WIDTH = 340;
    private static final int BOX_W = 220;
    private static final int BOX_H = 36;
    private static final int GAP = 22;
    private static final int TOP = 44;

    private Flowchart() {
    }

    /** The drawing; null when the item has no steps. {@code title} names it for screen readers. */
    static String svg(String title, List<String> steps, String place, String timeLimit) {
        if (steps.isEmpty()) {
            return null;
        }
        int height = TOP + steps.size() * (BOX_H + GAP) + 30;
        int x = (WIDTH - BOX_W) / 2;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"flowchart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" font-family=\"sans-serif\" font-size=\"14\"><title>")
                .append(ServiceGuide.esc(title)).append("</title>")
                .append("<defs><marker id=\"arrow\" markerWidth=\"10\" markerHeight=\"10\" refX=\"5\" refY=\"5\" "
                        + "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8b1a1a\"/></marker></defs>");
        b.append("<text x=\"").append(WIDTH / 2).append("\" y=\"24\" text-anchor=\"middle\" fill=\"#555\">")
                .append(ServiceGuide.esc(clip(place, 22))).append("</text>");
        int y = TOP;
        for (int i = 0; i < steps.size(); i++) {
            boolean last = i == steps.size() - 1;
            b.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_W)
                    .append("\" height=\"").append(BOX_H).append("\" rx=\"").append(i == 0 || last ? 18 : 4)
                    .append("\" fill=\"").append(last ? "#f3ecec" : "#fff").append("\" stroke=\"#8b1a1a\"/>");
            b.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(y + BOX_H / 2 + 5)
                    .append("\" text-anchor=\"middle\">").append(i + 1).append(". ")
                    .append(ServiceGuide.esc(clip(steps.get(i), 14))).append("</text>");
            if (!last) {
                b.append("<line x1=\"").append(WIDTH / 2).append("\" y1=\"").append(y + BOX_H).append("\" x2=\"")
                        .append(WIDTH / 2).append("\" y2=\"").append(y + BOX_H + GAP - 3)
                        .append("\" stroke=\"#8b1a1a\" marker-end=\"url(#arrow)\"/>");
            }
            y += BOX_H + GAP;
        }
        b.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(y + 4)
                .append("\" text-anchor=\"middle\" fill=\"#555\">").append(ServiceGuide.esc(clip(timeLimit, 24)))
                .append("</text></svg>");
        return b.toString();
    }

    /** A text cut to fit its box, marked with an ellipsis when cut. */
    static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
