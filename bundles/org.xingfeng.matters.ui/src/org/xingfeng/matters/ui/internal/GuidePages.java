package org.xingfeng.matters.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.xingfeng.matters.api.FlowchartLayout;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.ServiceGuide;
import org.xingfeng.platform.api.i18n.Messages;

/**
 * Lays a {@link ServiceGuide} out on pages of a given size and paints them with a GC: the same code paints the
 * preview on screen and the pages sent to an SWT {@code Printer}, so what is previewed is what is printed.
 * Sizes are in points (1/72 inch) scaled by the device's resolution; lines are as high on every device (in points,
 * from the font's size, not from the device's font metrics, which round differently on a screen and on a printer), so
 * the preview and the paper break pages at the same lines. The words are the guide's own, in the language it was made
 * in; the flowchart is the guide page's drawing ({@link FlowchartLayout}), laid out in tenths of a point with text
 * measured in the device's font.
 */
final class GuidePages implements AutoCloseable {

    /**
     * One line to draw: its text, its style, where it starts (x in device pixels) and whether a rule follows; or the
     * flowchart, as high as its drawing.
     */
    record Line(String text, int style, int x, boolean rule, FlowchartLayout drawing) {
        Line(String text, int style, int x, boolean rule) {
            this(text, style, x, rule, null);
        }
    }

    static final Messages MESSAGES = Messages.of(GuidePages.class);

    /** The flowchart's layout units in a point. */
    static final int UNITS_PER_POINT = 10;
    /** A line's height in its font's sizes. */
    static final double LINE_SPACING = 1.55;
    private static final int[] SIZES = { 18, 13, 10, 10, 9 };

    static final int TITLE = 0;
    static final int HEADING = 1;
    static final int BODY = 2;
    static final int LABEL = 3;
    static final int NOTE = 4;

    private final ServiceGuide guide;
    private final Locale locale;
    private final Device device;
    private final Color red;
    private final Color shade;
    private final double scale;
    private final Font[] fonts = new Font[5];
    private final List<List<Line>> pages = new ArrayList<>();
    private final Rectangle area;

    /**
     * @param area the printable area of a page in device pixels
     * @param dpi the device's dots per inch (the screen's or the printer's)
     */
    GuidePages(ServiceGuide guide, Locale locale, Device device, Rectangle area, int dpi) {
        this.guide = guide;
        this.locale = locale;
        this.device = device;
        // the page's colours: #8b1a1a for the boxes and arrows, #f3ecec for the last box
        this.red = new Color(device, 0x8b, 0x1a, 0x1a);
        this.shade = new Color(device, 0xf3, 0xec, 0xec);
        this.area = area;
        this.scale = dpi / 72.0;
        String face = device.getSystemFont().getFontData()[0].getName();
        int[] sizes = SIZES;
        int[] styles = { SWT.BOLD, SWT.BOLD, SWT.NORMAL, SWT.BOLD, SWT.ITALIC };
        for (int i = 0; i < fonts.length; i++) {
            // font heights are in points on every device, so no scaling here
            fonts[i] = new Font(device, new FontData(face, sizes[i], styles[i]));
        }
    }

    /** Lays the guide out; {@code gc} measures text on the target device. */
    GuidePages layout(GC gc) {
        pages.clear();
        List<Line> lines = new ArrayList<>();
        int labelWidth = (int) (80 * scale);
        add(gc, lines, guide.title(), TITLE, 0, area.width, true);
        if (guide.languageNote() != null) {
            add(gc, lines, guide.languageNote(), NOTE, 0, area.width, false);
        }
        for (ServiceGuide.Entry e : guide.entries()) {
            List<Line> value = new ArrayList<>();
            add(gc, value, e.value(), BODY, labelWidth, area.width - labelWidth, false);
            // the label shares the value's first line
            Line first = value.remove(0);
            lines.add(new Line(e.label() + "\u0000" + first.text(), LABEL, labelWidth, false));
            lines.addAll(value);
        }
        add(gc, lines, text("guide.steps"), HEADING, 0, area.width, true);
        if (guide.steps().isEmpty()) {
            add(gc, lines, ServiceGuide.NONE, BODY, 0, area.width, false);
        }
        for (int i = 0; i < guide.steps().size(); i++) {
            add(gc, lines, (i + 1) + ". " + guide.steps().get(i), BODY, (int) (12 * scale),
                    area.width - (int) (12 * scale), false);
        }
        if (!guide.steps().isEmpty()) {
            add(gc, lines, text("guide.flowchart"), HEADING, 0, area.width, true);
            gc.setFont(fonts[BODY]);
            FlowchartLayout drawing = guide.flowchart(locale,
                    (int) Math.round(SIZES[BODY] * LINE_SPACING * UNITS_PER_POINT),
                    t -> gc.textExtent(t).x / scale * UNITS_PER_POINT);
            lines.add(new Line("", BODY, Math.max(0, (area.width - px(drawing.width())) / 2), false, drawing));
        }
        add(gc, lines, text("guide.toBring"), HEADING, 0, area.width, true);
        if (guide.toBring().isEmpty()) {
            add(gc, lines, text("guide.toBring.none"), BODY, 0, area.width, false);
        }
        int n = 1;
        for (Material m : guide.toBring()) {
            add(gc, lines,
                    MESSAGES.get(locale, "guide.materialLine", n++, m.name(),
                            m.form() == null ? ServiceGuide.NONE : m.form(), m.copies()),
                    BODY,
                    (int) (12 * scale), area.width - (int) (12 * scale), false);
        }
        if (!guide.sharedData().isEmpty()) {
            add(gc, lines, text("guide.sharedData", String.join(text("guide.listSeparator"), guide.sharedData())),
                    NOTE, 0, area.width, false);
        }
        if (guide.remarks() != null) {
            add(gc, lines, text("guide.remarks", guide.remarks()), NOTE, 0, area.width, false);
        }
        List<Line> page = new ArrayList<>();
        double y = 0;
        double pageHeight = area.height / scale;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            double h = height(l);
            // a heading goes with the line after it (the flowchart's heading with the drawing)
            double kept = l.style() == HEADING && i + 1 < lines.size() ? h + height(lines.get(i + 1)) : h;
            if (y + kept > pageHeight && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                y = 0;
            }
            page.add(l);
            y += h;
        }
        pages.add(page);
        return this;
    }

    int pageCount() {
        return pages.size();
    }

    /** Every line's text, in order (the label and value of a labelled line joined by a space; not the drawing's). */
    List<String> texts() {
        List<String> all = new ArrayList<>();
        pages.forEach(p -> p.stream().filter(l -> l.drawing() == null)
                .forEach(l -> all.add(l.text().replace('\u0000', ' '))));
        return all;
    }

    /** The flowchart as laid out for this device (null without steps). */
    FlowchartLayout flowchart() {
        return pages.stream().flatMap(List::stream).map(Line::drawing).filter(d -> d != null).findFirst()
                .orElse(null);
    }

    /** The page (0-based) the flowchart is on, -1 without one. */
    int flowchartPage() {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).stream().anyMatch(l -> l.drawing() != null)) {
                return i;
            }
        }
        return -1;
    }

    /** Paints page {@code index} (0-based) at the area's origin. */
    void paint(GC gc, int index) {
        double top = 0;
        gc.setForeground(device.getSystemColor(SWT.COLOR_BLACK));
        for (Line l : pages.get(index)) {
            gc.setFont(fonts[l.style()]);
            int y = area.y + (int) Math.round(top * scale);
            int h = (int) Math.round(height(l) * scale);
            if (l.drawing() != null) {
                draw(gc, l.drawing(), area.x + l.x(), y);
            } else if (l.style() == LABEL) {
                String[] parts = l.text().split("\u0000", 2);
                gc.drawText(parts[0], area.x, y, true);
                gc.setFont(fonts[BODY]);
                gc.drawText(parts[1], area.x + l.x(), y, true);
            } else {
                if (l.style() == NOTE) {
                    gc.setForeground(device.getSystemColor(SWT.COLOR_DARK_GRAY));
                }
                gc.drawText(l.text(), area.x + l.x(), y, true);
                gc.setForeground(device.getSystemColor(SWT.COLOR_BLACK));
            }
            if (l.rule()) {
                gc.setForeground(device.getSystemColor(l.style() == TITLE ? SWT.COLOR_DARK_RED : SWT.COLOR_GRAY));
                gc.setLineWidth(Math.max(1, (int) (scale * (l.style() == TITLE ? 2 : 0.5))));
                gc.drawLine(area.x, y + h - (int) (3 * scale), area.x + area.width, y + h - (int) (3 * scale));
                gc.setForeground(device.getSystemColor(SWT.COLOR_BLACK));
            }
            top += height(l);
        }
        gc.setFont(fonts[NOTE]);
        String footer = MESSAGES.get(locale, "guide.pageNumber", index + 1, pages.size());
        Point size = gc.textExtent(footer);
        gc.drawText(footer, area.x + area.width - size.x, area.y + area.height - size.y + (int) (14 * scale), true);
    }

    /**
     * Paints the flowchart with its top left at (x, y): the boxes (the first and last rounded, the last shaded), the
     * arrows, and each line of text centred in the middle of its line, the captions grey.
     */
    private void draw(GC gc, FlowchartLayout f, int x, int y) {
        gc.setFont(fonts[BODY]);
        gc.setLineWidth(Math.max(1, (int) Math.round(scale)));
        int arc = px(f.lineHeight());
        for (FlowchartLayout.Box b : f.boxes()) {
            int a = b.rounded() ? arc : (int) (4 * scale);
            gc.setBackground(b.last() ? shade : device.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRoundRectangle(x + px(b.x()), y + px(b.y()), px(b.width()), px(b.height()), a, a);
            gc.setForeground(red);
            gc.drawRoundRectangle(x + px(b.x()), y + px(b.y()), px(b.width()), px(b.height()), a, a);
        }
        int head = Math.max(3, (int) (3 * scale));
        gc.setBackground(red);
        for (FlowchartLayout.Arrow a : f.arrows()) {
            int ax = x + px(a.x());
            int tip = y + px(a.y2());
            gc.setForeground(red);
            gc.drawLine(ax, y + px(a.y1()), ax, tip - head);
            gc.fillPolygon(new int[] { ax - head, tip - 2 * head, ax + head, tip - 2 * head, ax, tip });
        }
        int fontHeight = gc.getFontMetrics().getHeight();
        for (FlowchartLayout.Label l : f.labels()) {
            gc.setForeground(device.getSystemColor(l.caption() ? SWT.COLOR_DARK_GRAY : SWT.COLOR_BLACK));
            int w = gc.textExtent(l.text()).x;
            gc.drawText(l.text(), x + px(l.x()) - w / 2, y + px(l.y()) + (px(f.lineHeight()) - fontHeight) / 2,
                    true);
        }
        gc.setForeground(device.getSystemColor(SWT.COLOR_BLACK));
        gc.setBackground(device.getSystemColor(SWT.COLOR_WHITE));
    }

    private String text(String key, Object... args) {
        return ServiceGuide.text(locale, key, args);
    }

    /** The flowchart's layout units in device pixels. */
    private int px(int units) {
        return (int) Math.round(units * scale / UNITS_PER_POINT);
    }

    /** A line's height in points, the same on every device. */
    private static double height(Line l) {
        if (l.drawing() != null) {
            return l.drawing().height() / (double) UNITS_PER_POINT + 6;
        }
        double h = SIZES[l.style()] * LINE_SPACING;
        return switch (l.style()) {
            case TITLE -> h + 12;
            case HEADING -> h + 10;
            default -> h;
        };
    }

    /** Adds {@code text} wrapped to {@code width}, character by character (Chinese has no spaces to break at). */
    private void add(GC gc, List<Line> lines, String text, int style, int x, int width, boolean rule) {
        gc.setFont(fonts[style == LABEL ? BODY : style]);
        List<String> wrapped = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < paragraph.length(); i++) {
                char c = paragraph.charAt(i);
                if (line.length() > 0 && gc.textExtent(line.toString() + c).x > width) {
                    wrapped.add(line.toString());
                    line.setLength(0);
                }
                line.append(c);
            }
            wrapped.add(line.toString());
        }
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add(new Line(wrapped.get(i), style, x, rule && i == wrapped.size() - 1));
        }
    }

    @Override
    public void close() {
        for (Font f : fonts) {
            f.dispose();
        }
        red.dispose();
        shade.dispose();
    }
}
