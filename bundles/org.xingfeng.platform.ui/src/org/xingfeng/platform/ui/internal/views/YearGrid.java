package org.xingfeng.platform.ui.internal.views;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.xingfeng.platform.api.calendar.DayKind;
import org.xingfeng.platform.api.calendar.SpecialDay;
import org.xingfeng.platform.ui.widgets.Texts;

/** Twelve month grids of a year: holidays in red, adjusted working days (调休) in blue, weekends grey. */
final class YearGrid extends Canvas {

    private static final int CELL_W = 24;
    private static final int CELL_H = 18;
    private static final int MONTH_W = CELL_W * 7 + 14;
    private static final int MONTH_H = CELL_H * 8 + 8;
    private static final int COLS = 4;

    private final Texts t;
    private final Color holiday;
    private final Color workday;
    private int year;
    private Map<LocalDate, SpecialDay> special = Map.of();
    private Consumer<LocalDate> onDoubleClick = d -> {};

    YearGrid(Composite parent, Texts t, int year) {
        super(parent, SWT.DOUBLE_BUFFERED);
        this.t = t;
        this.year = year;
        holiday = new Color(new RGB(250, 205, 205));
        workday = new Color(new RGB(200, 220, 250));
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseDoubleClick, e -> {
            LocalDate d = dateAt(e.x, e.y);
            if (d != null) {
                onDoubleClick.accept(d);
            }
        });
        addDisposeListener(e -> {
            holiday.dispose();
            workday.dispose();
        });
    }

    void show(int shownYear, List<SpecialDay> days) {
        year = shownYear;
        Map<LocalDate, SpecialDay> m = new HashMap<>();
        days.forEach(d -> m.put(d.date(), d));
        special = m;
        redraw();
    }

    void onDoubleClick(Consumer<LocalDate> action) {
        onDoubleClick = action;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(MONTH_W * COLS + 10, MONTH_H * (12 / COLS) + 30);
    }

    private void paint(GC gc) {
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(getClientArea());
        String heads = t.get("calendar.weekHeads");
        for (int m = 1; m <= 12; m++) {
            int x0 = ((m - 1) % COLS) * MONTH_W + 6;
            int y0 = ((m - 1) / COLS) * MONTH_H + 4;
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawString(t.get("calendar.month." + m), x0, y0, true);
            for (int i = 0; i < 7; i++) {
                gc.setForeground(getDisplay().getSystemColor(i >= 5 ? SWT.COLOR_DARK_GRAY : SWT.COLOR_LIST_FOREGROUND));
                gc.drawString(String.valueOf(heads.charAt(i)), x0 + i * CELL_W + 6, y0 + CELL_H, true);
            }
            LocalDate first = LocalDate.of(year, m, 1);
            int offset = first.getDayOfWeek().getValue() - 1;
            for (int d = 1; d <= first.lengthOfMonth(); d++) {
                LocalDate date = first.withDayOfMonth(d);
                int cell = offset + d - 1;
                int x = x0 + (cell % 7) * CELL_W;
                int y = y0 + (2 + cell / 7) * CELL_H;
                SpecialDay s = special.get(date);
                boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (s != null) {
                    gc.setBackground(s.kind() == DayKind.HOLIDAY ? holiday : workday);
                    gc.fillRectangle(x + 1, y, CELL_W - 2, CELL_H - 1);
                }
                gc.setForeground(getDisplay().getSystemColor(
                        s != null && s.kind() == DayKind.HOLIDAY ? SWT.COLOR_DARK_RED
                                : s != null ? SWT.COLOR_DARK_BLUE
                                        : weekend ? SWT.COLOR_DARK_GRAY : SWT.COLOR_LIST_FOREGROUND));
                String text = String.valueOf(d);
                gc.drawString(text, x + CELL_W - 4 - gc.textExtent(text).x, y + 1, true);
            }
        }
        int ly = MONTH_H * (12 / COLS) + 6;
        gc.setBackground(holiday);
        gc.fillRectangle(8, ly, 16, 14);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawString(t.get("calendar.holidayDayOff"), 28, ly, true);
        gc.setBackground(workday);
        gc.fillRectangle(200, ly, 16, 14);
        gc.drawString(t.get("calendar.adjustedWorkingDay"), 220, ly, true);
    }

    private LocalDate dateAt(int px, int py) {
        int col = (px - 6) / MONTH_W;
        int rowBlock = (py - 4) / MONTH_H;
        if (px < 6 || py < 4 || col >= COLS || rowBlock >= 12 / COLS) {
            return null;
        }
        int m = rowBlock * COLS + col + 1;
        int x0 = col * MONTH_W + 6;
        int y0 = rowBlock * MONTH_H + 4;
        int cx = (px - x0) / CELL_W;
        int cy = (py - y0) / CELL_H - 2;
        if (cx < 0 || cx > 6 || cy < 0) {
            return null;
        }
        LocalDate first = LocalDate.of(year, m, 1);
        int d = cy * 7 + cx - (first.getDayOfWeek().getValue() - 1) + 1;
        return d >= 1 && d <= first.lengthOfMonth() ? first.withDayOfMonth(d) : null;
    }
}
