package org.xingfeng.matters.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.ServiceGuide;

/**
 * Lays a {@link ServiceGuide} out on pages of a given size and paints them with a GC: the same code paints the
 * preview on screen and the pages sent to an SWT {@code Printer}, so what is previewed is what is printed.
 * Sizes are in points (1/72 inch) scaled by the device's resolution.
 */
final class GuidePages implements AutoCloseable {

    /** One line to draw: its text, its style, where it starts (x in device pixels) and whether a rule follows. */
    record Line(String text, int style, int x, boolean rule) {
    }

    static final int TITLE = 0;
    static final int HEADING = 1;
    static final int BODY = 2;
    static final int LABEL = 3;
    static final int NOTE = 4;

    private final ServiceGuide guide;
    private final Device device;
    private final double scale;
    private final Font[] fonts = new Font[5];
    private final List<List<Line>> pages = new ArrayList<>();
    private final Rectangle area;

    /**
     * @param area the printable area of a page in device pixels
     * @param dpi the device's dots per inch (the screen's or the printer's)
     */
    GuidePages(ServiceGuide guide, Device device, Rectangle area, int dpi) {
        this.guide = guide;
        this.device = device;
        this.area = area;
        this.scale = dpi / 72.0;
        String face = device.getSystemFont().getFontData()[0].getName();
        int[] sizes = { 18, 13, 10, 10, 9 };
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
        for (ServiceGuide.Entry e : guide.entries()) {
            List<Line> value = new ArrayList<>();
            add(gc, value, e.value(), BODY, labelWidth, area.width - labelWidth, false);
            // the label shares the value's first line
            Line first = value.remove(0);
            lines.add(new Line(e.label() + "\u0000" + first.text(), LABEL, labelWidth, false));
            lines.addAll(value);
        }
        add(gc, lines, "办理流程", HEADING, 0, area.width, true);
        if (guide.steps().isEmpty()) {
            add(gc, lines, ServiceGuide.NONE, BODY, 0, area.width, false);
        }
        for (int i = 0; i < guide.steps().size(); i++) {
            add(gc, lines, (i + 1) + ". " + guide.steps().get(i), BODY, (int) (12 * scale),
                    area.width - (int) (12 * scale), false);
        }
        add(gc, lines, "一次性告知单：请携带以下材料", HEADING, 0, area.width, true);
        if (guide.toBring().isEmpty()) {
            add(gc, lines, "无需提交纸质材料。", BODY, 0, area.width, false);
        }
        int n = 1;
        for (Material m : guide.toBring()) {
            add(gc, lines, n++ + ". " + m.name() + "（" + m.form() + " " + m.copies() + " 份）", BODY, (int) (12 * scale),
                    area.width - (int) (12 * scale), false);
        }
        if (!guide.sharedData().isEmpty()) {
            add(gc, lines, "以下材料通过数据共享获取，无需提交，经办人员内部核验：" + String.join("、", guide.sharedData()), NOTE, 0, area.width,
                    false);
        }
        if (guide.remarks() != null) {
            add(gc, lines, "备注：" + guide.remarks(), NOTE, 0, area.width, false);
        }
        List<Line> page = new ArrayList<>();
        int y = 0;
        for (Line l : lines) {
            int h = height(gc, l.style());
            if (y + h > area.height && !page.isEmpty()) {
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

    /** Every line's text, in order (the label and value of a labelled line joined by a space). */
    List<String> texts() {
        List<String> all = new ArrayList<>();
        pages.forEach(p -> p.forEach(l -> all.add(l.text().replace('\u0000', ' '))));
        return all;
    }

    /** Paints page {@code index} (0-based) at the area's origin. */
    void paint(GC gc, int index) {
        int y = area.y;
        gc.setForeground(device.getSystemColor(SWT.COLOR_BLACK));
        for (Line l : pages.get(index)) {
            gc.setFont(fonts[l.style()]);
            int h = height(gc, l.style());
            if (l.style() == LABEL) {
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
            y += h;
        }
        gc.setFont(fonts[NOTE]);
        String footer = "第 " + (index + 1) + " 页，共 " + pages.size() + " 页";
        Point size = gc.textExtent(footer);
        gc.drawText(footer, area.x + area.width - size.x, area.y + area.height - size.y + (int) (14 * scale), true);
    }

    private int height(GC gc, int style) {
        gc.setFont(fonts[style]);
        int h = gc.getFontMetrics().getHeight();
        return switch (style) {
            case TITLE -> h + (int) (12 * scale);
            case HEADING -> h + (int) (10 * scale);
            default -> h + (int) (3 * scale);
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
    }
}
