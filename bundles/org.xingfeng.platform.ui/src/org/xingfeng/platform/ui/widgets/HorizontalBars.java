package org.xingfeng.platform.ui.widgets;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A horizontal bar chart drawn with SWT's {@link GC}: one line per option or rating, its label on the left (whole,
 * however long an option is, up to half the width), a bar as long as its value against the largest, and the value's
 * text after it; with pairs, every other bar in the second colour (two rounds side by side). The values are given
 * (the server's counts), never computed here.
 */
public class HorizontalBars {

    /** One line: its label, the value the bar's length shows and the text written after the bar. */
    public record Bar(String label, double value, String text) {
    }

    private static final int PAD = 6;
    private static final int ROW = 24;
    /** The longest bar: beyond it a bar is no easier to compare, only farther from its label. */
    private static final int MAX_LENGTH = 640;

    private final Canvas canvas;
    private List<Bar> bars = List.of();
    /** Every other bar in the second colour (two rounds side by side). */
    private boolean paired;

    public HorizontalBars(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
    }

    public Canvas control() {
        return canvas;
    }

    public void setBars(List<Bar> newBars, boolean pairs) {
        bars = List.copyOf(newBars);
        paired = pairs;
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    public List<Bar> bars() {
        return bars;
    }

    /** The height the bars need. */
    public int height() {
        return Math.max(1, bars.size()) * ROW + 2 * PAD;
    }

    /** The rectangle of bar {@code index} for a drawing area, as painted. */
    public Rectangle barBounds(GC gc, Rectangle area, int index) {
        int labels = labelWidth(gc, area);
        int texts = 0;
        for (Bar b : bars) {
            texts = Math.max(texts, gc.textExtent(b.text()).x);
        }
        int left = area.x + PAD + labels + PAD;
        int room = Math.min(MAX_LENGTH, Math.max(0, area.x + area.width - PAD - texts - PAD - left));
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int width = max <= 0 ? 0 : (int) Math.round(bars.get(index).value() / max * room);
        int y = area.y + PAD + index * ROW + 3;
        return new Rectangle(left, y, width, ROW - 6);
    }

    private int labelWidth(GC gc, Rectangle area) {
        int w = 0;
        for (Bar b : bars) {
            w = Math.max(w, gc.textExtent(b.label()).x);
        }
        return Math.min(w, area.width / 2);
    }

    public void paint(GC gc, Rectangle area) {
        var display = canvas.getDisplay();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        Color first = new Color(display, BarChart.PLAIN);
        Color second = new Color(display, BarChart.MISSES);
        try {
            int labels = labelWidth(gc, area);
            for (int i = 0; i < bars.size(); i++) {
                Bar b = bars.get(i);
                Rectangle r = barBounds(gc, area, i);
                gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
                String label = BarChart.fit(gc, b.label(), labels);
                Point ls = gc.textExtent(label);
                gc.drawText(label, area.x + PAD + labels - ls.x, r.y + (r.height - ls.y) / 2, true);
                gc.setBackground(paired && i % 2 == 1 ? second : first);
                if (r.width > 0) {
                    gc.fillRectangle(r);
                }
                Point ts = gc.textExtent(b.text());
                gc.drawText(b.text(), r.x + r.width + PAD, r.y + (r.height - ts.y) / 2, true);
            }
            gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
            int axis = area.x + PAD + labels + PAD - 1;
            gc.drawLine(axis, area.y + PAD, axis, area.y + PAD + bars.size() * ROW);
        } finally {
            first.dispose();
            second.dispose();
        }
    }
}
