package org.xingfeng.platform.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.BarChart;

/** The bar chart widget drawn onto an image: bar heights by value, colours against the target, the target line. */
class BarChartIT extends ViewTestSupport {

    private static final Rectangle AREA = new Rectangle(0, 0, 600, 320);

    private BarChart chart() {
        open();
        shell.setLayout(new FillLayout());
        BarChart chart = new BarChart(shell, Locale.SIMPLIFIED_CHINESE);
        chart.setTitle("满意率趋势");
        chart.setBars(List.of(new BarChart.Bar("2026-01", 0.95), new BarChart.Bar("2026-02", 0.80),
                new BarChart.Bar("2026-03", null), new BarChart.Bar("2026-04", 0.90)));
        chart.setTarget(0.90, "目标 90.0%");
        shell.layout(true, true);
        return chart;
    }

    /** Draws the chart onto an image and gives its pixels; the plot area is handed back through {@code plot}. */
    private static ImageData draw(BarChart chart, Rectangle[] plot) {
        Image image = new Image(display, AREA.width, AREA.height);
        GC gc = new GC(image);
        try {
            chart.paint(gc, AREA);
            plot[0] = chart.plotArea(gc, AREA);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    private static RGB at(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    @Test
    void barsStandAsHighAsTheirValuesAndAreColouredAgainstTheTarget() throws Exception {
        BarChart chart = chart();
        Rectangle[] plot = new Rectangle[1];
        ImageData data = draw(chart, plot);
        Rectangle p = plot[0];
        Rectangle b0 = chart.barBounds(p, 0);
        Rectangle b1 = chart.barBounds(p, 1);
        Rectangle b2 = chart.barBounds(p, 2);
        Rectangle b3 = chart.barBounds(p, 3);
        // heights in proportion to the values on a 0-100 % axis
        assertEquals(Math.round(0.95 * p.height), b0.height, 1.0);
        assertEquals(Math.round(0.80 * p.height), b1.height, 1.0);
        assertEquals(0, b2.height, "no value, no bar");
        assertTrue(b0.x < b1.x && b1.x < b2.x && b2.x < b3.x, "bars left to right in order");
        // colours: at or above the target green, below it orange
        assertEquals(BarChart.MEETS, at(data, b0.x + b0.width / 2, b0.y + b0.height - 3));
        assertEquals(BarChart.MISSES, at(data, b1.x + b1.width / 2, b1.y + b1.height - 3));
        assertEquals(BarChart.MEETS, at(data, b3.x + b3.width / 2, b3.y + b3.height - 3),
                "exactly on the target meets it");
        assertEquals(BarChart.MEETS, chart.colour(chart.bars().get(3)));
        // the dashed target line crosses the plot at 90 %: some of its pixels between the bars are red
        int ty = chart.y(p, 0.90);
        int red = 0;
        for (int x = b1.x + b1.width + 1; x < b2.x + b2.width; x++) {
            if (at(data, x, ty).equals(BarChart.TARGET) || at(data, x, ty + 1).equals(BarChart.TARGET)) {
                red++;
            }
        }
        assertTrue(red > 5, "target line drawn at y " + ty + ": " + red + " red pixels");
        screenshot("bar-chart");
    }

    @Test
    void withoutATargetBarsArePlainAndARangeMustBeAnInterval() throws Exception {
        BarChart chart = chart();
        chart.setTarget(null, null);
        chart.setRange(0, 200);
        chart.setValueFormat(v -> String.format("%.0f", v));
        chart.setBars(List.of(new BarChart.Bar("甲", 100.0), new BarChart.Bar("乙", 50.0)));
        Rectangle[] plot = new Rectangle[1];
        ImageData data = draw(chart, plot);
        Rectangle b0 = chart.barBounds(plot[0], 0);
        Rectangle b1 = chart.barBounds(plot[0], 1);
        assertEquals(b0.height / 2.0, b1.height, 1.0, "half the value, half the height");
        assertEquals(BarChart.PLAIN, at(data, b0.x + b0.width / 2, b0.y + b0.height - 3));
        assertThrows(IllegalArgumentException.class, () -> chart.setRange(1, 1));
        chart.setBars(List.of());
        draw(chart, plot);
        assertTrue(chart.bars().isEmpty());
        assertEquals(SWT.DOUBLE_BUFFERED, chart.control().getStyle() & SWT.DOUBLE_BUFFERED);
    }
}
