package org.xingfeng.platform.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.xingfeng.platform.api.i18n.Messages;

/**
 * A small bar chart drawn with SWT's {@link GC}: one bar per period or part, its value written above it, an
 * optional target line (e.g. 满意度目标 90 %) across the plot, bars at or above the target in green and below it
 * in orange. A bar without a value (no data) leaves its slot empty and says so. Values are plotted between
 * {@link #setRange min and max} (0 to 1 by default, shown as percentages).
 */
public class BarChart {

    /** One bar: its label under the axis and its value (null: no data). */
    public record Bar(String label, Double value) {
    }

    /** Colours of bars that meet the target, miss it, or are plotted without a target; and of the target line. */
    public static final RGB MEETS = new RGB(46, 139, 87);
    public static final RGB MISSES = new RGB(230, 126, 34);
    public static final RGB PLAIN = new RGB(52, 101, 164);
    public static final RGB TARGET = new RGB(192, 0, 0);

    private static final int PAD = 8;
    private static final int MAX_BAR_WIDTH = 80;

    private final Canvas canvas;
    private final Texts texts;
    private String title = "";
    private List<Bar> bars = List.of();
    private Double target;
    private String targetLabel = "";
    private double min = 0;
    private double max = 1;
    private DoubleFunction<String> format = v -> String.format("%.1f%%", v * 100);

    /** A chart whose own words (no data, none) are in {@code locale}'s language. */
    public BarChart(Composite parent, Locale locale) {
        this.texts = new Texts(Messages.of(BarChart.class), locale);
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
    }

    public Canvas control() {
        return canvas;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
        redraw();
    }

    public String title() {
        return title;
    }

    public void setBars(List<Bar> bars) {
        this.bars = List.copyOf(bars);
        redraw();
    }

    public List<Bar> bars() {
        return bars;
    }

    /** The target line and its legend (e.g. "目标 90%"); null for none. */
    public void setTarget(Double target, String label) {
        this.target = target;
        this.targetLabel = label == null ? "" : label;
        redraw();
    }

    public Double target() {
        return target;
    }

    /** The values at the bottom and the top of the plot. */
    public void setRange(double min, double max) {
        if (!(max > min)) {
            throw new IllegalArgumentException("max must be above min");
        }
        this.min = min;
        this.max = max;
        redraw();
    }

    /** How values are written above bars and on the axis (percentages by default). */
    public void setValueFormat(DoubleFunction<String> format) {
        this.format = format;
        redraw();
    }

    private void redraw() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** The plot's rectangle within the drawing area (inside the axis labels, title and bar labels). */
    public Rectangle plotArea(GC gc, Rectangle area) {
        int line = gc.getFontMetrics().getHeight();
        int top = area.y + PAD + (title.isEmpty() ? 0 : line + PAD) + line;
        int bottom = area.y + area.height - PAD - line - 4;
        int axis = 0;
        for (double v : new double[] { min, (min + max) / 2, max }) {
            axis = Math.max(axis, gc.textExtent(format.apply(v)).x);
        }
        int left = area.x + PAD + axis + 6;
        int right = area.x + area.width - PAD;
        return new Rectangle(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    /** The y of a value in the plot, clamped to the plot. */
    public int y(Rectangle plot, double value) {
        double v = Math.max(min, Math.min(max, value));
        return plot.y + plot.height - (int) Math.round((v - min) / (max - min) * plot.height);
    }

    /** Where bar {@code index} is drawn in the plot (height 0 when it has no value). */
    public Rectangle barBounds(Rectangle plot, int index) {
        int n = Math.max(1, bars.size());
        double slot = (double) plot.width / n;
        int width = Math.max(2, Math.min(MAX_BAR_WIDTH, (int) Math.round(slot * 0.6)));
        int x = plot.x + (int) Math.round(slot * index + (slot - width) / 2);
        Double v = bars.get(index).value();
        if (v == null) {
            return new Rectangle(x, plot.y + plot.height, width, 0);
        }
        int top = y(plot, v);
        return new Rectangle(x, top, width, plot.y + plot.height - top);
    }

    /** The colour a bar is filled with: against the target when there is one. */
    public RGB colour(Bar bar) {
        if (target == null) {
            return PLAIN;
        }
        return bar.value() != null && bar.value() >= target ? MEETS : MISSES;
    }

    /** Draws the chart into {@code area} (the canvas paints itself this way; tests and exports draw onto images). */
    public void paint(GC gc, Rectangle area) {
        var display = canvas.getDisplay();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        int line = gc.getFontMetrics().getHeight();
        if (!title.isEmpty()) {
            gc.drawText(title, area.x + PAD, area.y + PAD, true);
        }
        Rectangle plot = plotArea(gc, area);
        if (plot.width < 10 || plot.height < 10) {
            return;
        }
        // axis with the bottom, middle and top values
        gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
        gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
        for (double v : new double[] { min, (min + max) / 2, max }) {
            String s = format.apply(v);
            Point size = gc.textExtent(s);
            gc.drawText(s, plot.x - size.x - 4, y(plot, v) - size.y / 2, true);
        }
        if (bars.isEmpty()) {
            String none = texts.get("chart.noData");
            Point size = gc.textExtent(none);
            gc.drawText(none, plot.x + (plot.width - size.x) / 2, plot.y + (plot.height - size.y) / 2, true);
        }
        List<Color> colours = new ArrayList<>();
        try {
            double slot = (double) plot.width / Math.max(1, bars.size());
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                Rectangle r = barBounds(plot, i);
                String value;
                if (bar.value() == null) {
                    value = texts.get("chart.none");
                } else {
                    Color c = new Color(display, colour(bar));
                    colours.add(c);
                    gc.setBackground(c);
                    gc.fillRectangle(r);
                    value = format.apply(bar.value());
                }
                gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
                Point vs = gc.textExtent(value);
                if (vs.x <= slot) {
                    gc.drawText(value, r.x + (r.width - vs.x) / 2, r.y - vs.y - 1, true);
                }
                String label = fit(gc, bar.label(), (int) slot - 2);
                Point ls = gc.textExtent(label);
                gc.drawText(label, r.x + (r.width - ls.x) / 2, plot.y + plot.height + 3, true);
            }
            if (target != null) {
                Color c = new Color(display, TARGET);
                colours.add(c);
                gc.setForeground(c);
                gc.setLineStyle(SWT.LINE_DASH);
                gc.setLineWidth(2);
                int ty = y(plot, target);
                gc.drawLine(plot.x + 1, ty, plot.x + plot.width, ty);
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.setLineWidth(1);
                Point ts = gc.textExtent(targetLabel);
                gc.drawText(targetLabel, plot.x + plot.width - ts.x, Math.max(area.y, ty - line - 1), true);
            }
        } finally {
            colours.forEach(Color::dispose);
        }
    }

    /** The label shortened with "…" to fit the width (the bar charts' labels). */
    static String fit(GC gc, String text, int width) {
        String s = text == null ? "" : text;
        if (gc.textExtent(s).x <= width || s.isEmpty()) {
            return s;
        }
        while (s.length() > 1 && gc.textExtent(s + "…").x > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }
}
