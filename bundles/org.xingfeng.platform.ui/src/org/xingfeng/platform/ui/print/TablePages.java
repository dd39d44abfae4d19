package org.xingfeng.platform.ui.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * A document of a title, lines of text (wrapped character by character: Chinese has no spaces) and a table whose first
 * row is the column heads, repeated on each page; each page numbered at its foot. The columns' widths are shares of
 * the page's width. Text lines after the table ({@code closing}) follow it.
 */
public final class TablePages implements PrintPages {

    /** One line of a page: a text or a row of cells, at a height. */
    public record Line(int y, String text, List<String> cells, boolean title, boolean head) {
    }

    private static final String FACE = "Noto Sans CJK SC";
    private final Rectangle area;
    private final String title;
    private final List<String> header;
    private final double[] widths;
    private final List<List<String>> rows;
    private final List<String> closing;
    private final BiFunction<Integer, Integer, String> footer;
    private final Font titleFont;
    private final Font bodyFont;
    private final Font boldFont;
    private final List<List<Line>> pages = new ArrayList<>();

    /**
     * {@code rows}: the column heads first (none: no table); {@code footer} gives a page's foot from its number
     * (1-based) and the page count.
     */
    public TablePages(Device device, Rectangle area, String title, List<String> header, double[] widths,
            List<List<String>> rows, List<String> closing, BiFunction<Integer, Integer, String> footer) {
        this.area = area;
        this.title = title;
        this.header = List.copyOf(header);
        this.widths = widths.clone();
        this.rows = List.copyOf(rows);
        this.closing = List.copyOf(closing);
        this.footer = footer;
        titleFont = new Font(device, FACE, 16, SWT.BOLD);
        bodyFont = new Font(device, FACE, 10, SWT.NORMAL);
        boldFont = new Font(device, FACE, 10, SWT.BOLD);
    }

    @Override
    public void layout(GC gc) {
        pages.clear();
        gc.setFont(titleFont);
        int titleHeight = gc.getFontMetrics().getHeight();
        gc.setFont(bodyFont);
        int line = gc.getFontMetrics().getHeight() * 5 / 4;
        int bottom = area.y + area.height;
        List<Line> current = new ArrayList<>();
        int y = area.y;
        current.add(new Line(y, title, null, true, false));
        y += titleHeight * 3 / 2;
        for (String text : header) {
            for (String wrapped : wrap(gc, text, area.width)) {
                if (y + line > bottom) {
                    pages.add(current);
                    current = new ArrayList<>();
                    y = area.y;
                }
                current.add(new Line(y, wrapped, null, false, false));
                y += line;
            }
        }
        if (!rows.isEmpty()) {
            y += line / 2;
            List<String> heads = rows.get(0);
            current.add(new Line(y, null, heads, false, true));
            y += line;
            for (List<String> row : rows.subList(1, rows.size())) {
                if (y + line > bottom) {
                    pages.add(current);
                    current = new ArrayList<>();
                    y = area.y;
                    current.add(new Line(y, null, heads, false, true));
                    y += line;
                }
                current.add(new Line(y, null, row, false, false));
                y += line;
            }
            y += line / 2;
        }
        for (String text : closing) {
            for (String wrapped : wrap(gc, text, area.width)) {
                if (y + line > bottom) {
                    pages.add(current);
                    current = new ArrayList<>();
                    y = area.y;
                }
                current.add(new Line(y, wrapped, null, false, false));
                y += line;
            }
        }
        pages.add(current);
    }

    /** The text cut into lines no wider than {@code width}, character by character; an empty text is one empty line. */
    static List<String> wrap(GC gc, String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            b.append(text.charAt(i));
            if (gc.textExtent(b.toString()).x > width && b.length() > 1) {
                b.setLength(b.length() - 1);
                out.add(b.toString());
                b.setLength(0);
                b.append(text.charAt(i));
            }
        }
        if (b.length() > 0 || out.isEmpty()) {
            out.add(b.toString());
        }
        return out;
    }

    @Override
    public int pageCount() {
        return pages.size();
    }

    /** The lines of every page, in order (what is printed, for a test or a look). */
    public List<List<Line>> pages() {
        return pages.stream().map(List::copyOf).toList();
    }

    @Override
    public void paint(GC gc, int index) {
        if (index < 0 || index >= pages.size()) {
            return;
        }
        for (Line l : pages.get(index)) {
            if (l.cells() == null) {
                gc.setFont(l.title() ? titleFont : bodyFont);
                int x = l.title() ? area.x + Math.max(0, (area.width - gc.textExtent(l.text()).x) / 2) : area.x;
                gc.drawText(l.text(), x, l.y(), true);
                continue;
            }
            gc.setFont(l.head() ? boldFont : bodyFont);
            int x = area.x;
            for (int c = 0; c < l.cells().size() && c < widths.length; c++) {
                int w = (int) (area.width * widths[c]);
                String cell = l.cells().get(c) == null ? "" : l.cells().get(c);
                while (cell.length() > 1 && gc.textExtent(cell).x > w - 4) {
                    cell = cell.substring(0, cell.length() - 2) + "…";
                }
                gc.drawText(cell, x, l.y(), true);
                x += w;
            }
            if (l.head()) {
                int below = l.y() + gc.getFontMetrics().getHeight() + 1;
                gc.drawLine(area.x, below, area.x + area.width, below);
            }
        }
        gc.setFont(bodyFont);
        String foot = footer.apply(index + 1, pages.size());
        gc.drawText(foot, area.x + area.width - gc.textExtent(foot).x, area.y + area.height + 4, true);
    }

    @Override
    public void dispose() {
        titleFont.dispose();
        bodyFont.dispose();
        boldFont.dispose();
    }
}
