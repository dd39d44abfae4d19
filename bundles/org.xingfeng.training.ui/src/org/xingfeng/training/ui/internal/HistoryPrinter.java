package org.xingfeng.training.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.training.api.attendance.Attendance;

/**
 * 培训档案 for print: a member of staff's training history on A4 pages (a title, the standing, then one line per
 * session attended), previewed in a window and printed through SWT's {@link Printer}, the client's print path (a PDF
 * printer gives the PDF). The same {@link Pages} draw the preview and the paper.
 */
public class HistoryPrinter {

    static final int A4_WIDTH = 595;
    static final int A4_HEIGHT = 842;
    static final int MARGIN = 50;
    /** The columns' shares of the page's width. */
    static final double[] WIDTHS = { 0.13, 0.37, 0.07, 0.08, 0.08, 0.16, 0.11 };

    private final ViewSite site;
    private final Texts t;
    private final String title;
    private final List<String> header;
    private final List<List<String>> rows;
    private Shell shell;
    private Canvas canvas;
    private Label pageLabel;
    private Pages preview;
    private int page;

    /** {@code person} names the member of staff, {@code summary} is their standing in words (may be empty). */
    public HistoryPrinter(ViewSite site, String person, String summary, List<Attendance> history) {
        this.site = site;
        this.t = Texts.of(site, HistoryPrinter.class);
        this.title = t.get("print.title", person);
        this.header = new ArrayList<>();
        header.add(t.get("print.printed", site.time().today()));
        if (summary != null && !summary.isBlank()) {
            header.add(summary);
        }
        this.rows = new ArrayList<>();
        rows.add(List.of(t.get("session.day"), t.get("course.title"), t.get("attendance.present"),
                t.get("session.hours"), t.get("attendance.score"), t.get("attendance.certificateNo"),
                t.get("attendance.validUntil")));
        for (Attendance a : history) {
            rows.add(List.of(text(a.day()), text(a.courseTitle()), t.get(a.present() ? "yes" : "no"),
                    text(a.hours()), text(a.score()), text(a.certificateNo()), text(a.certificateValidUntil())));
        }
    }

    private static String text(Object o) {
        return o == null ? "" : o instanceof LocalDate d ? d.toString() : String.valueOf(o);
    }

    public Shell shell() {
        return shell;
    }

    /** Opens the preview window (not modal). */
    public void open() {
        shell = new Shell(site.shell(), SWT.SHELL_TRIM);
        shell.setText(title);
        shell.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(shell, SWT.NONE);
        bar.setLayout(new RowLayout());
        button(bar, t.get("print.previous"), () -> showPage(page - 1));
        button(bar, t.get("print.next"), () -> showPage(page + 1));
        button(bar, t.get("print.print"), this::printDialog);
        button(bar, t.get("print.close"), () -> shell.close());
        pageLabel = new Label(bar, SWT.NONE);
        canvas = new Canvas(shell, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        canvas.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        Point dpi = shell.getDisplay().getDPI();
        gd.widthHint = (int) (A4_WIDTH * dpi.x / 72.0);
        gd.heightHint = (int) (A4_HEIGHT * dpi.y / 72.0);
        canvas.setLayoutData(gd);
        preview = new Pages(shell.getDisplay(), area(dpi.x, new Rectangle(0, 0, gd.widthHint, gd.heightHint)));
        GC gc = new GC(canvas);
        try {
            preview.layout(gc);
        } finally {
            gc.dispose();
        }
        canvas.addPaintListener(e -> preview.paint(e.gc, page));
        shell.addDisposeListener(e -> preview.dispose());
        shell.pack();
        showPage(0);
        shell.open();
    }

    private static void button(Composite bar, String label, Runnable action) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
    }

    /** The printable area of a page: the page less its margins and a line for the page number. */
    static Rectangle area(int dpi, Rectangle page) {
        int m = (int) (MARGIN * dpi / 72.0);
        return new Rectangle(page.x + m, page.y + m, page.width - 2 * m, page.height - 2 * m - (int) (14 * dpi / 72.0));
    }

    public int pageCount() {
        return preview.pageCount();
    }

    /** The history's rows as printed (the column heads first). */
    public List<List<String>> rows() {
        return rows;
    }

    public void showPage(int index) {
        page = Math.max(0, Math.min(index, preview.pageCount() - 1));
        pageLabel.setText(t.get("print.page", page + 1, preview.pageCount()));
        pageLabel.getParent().layout();
        canvas.redraw();
    }

    /** The current page drawn onto an image of the canvas's size (what the preview shows). */
    public Image snapshot() {
        Rectangle size = canvas.getClientArea();
        Image image = new Image(shell.getDisplay(), size.width, size.height);
        GC gc = new GC(image);
        try {
            gc.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(size);
            preview.paint(gc, page);
        } finally {
            gc.dispose();
        }
        return image;
    }

    private void printDialog() {
        PrintDialog dialog = new PrintDialog(shell, SWT.NONE);
        dialog.setText(title);
        PrinterData data = dialog.open();
        if (data != null) {
            print(data);
        }
    }

    /** Prints every page on the printer given. */
    public void print(PrinterData data) {
        Printer printer = new Printer(data);
        try {
            if (!printer.startJob(title)) {
                site.status(t.get("print.didNotStart"));
                return;
            }
            Point dpi = printer.getDPI();
            GC gc = new GC(printer);
            Pages pages = new Pages(printer, area(dpi.x, printer.getClientArea()));
            try {
                pages.layout(gc);
                for (int i = 0; i < pages.pageCount(); i++) {
                    printer.startPage();
                    pages.paint(gc, i);
                    printer.endPage();
                }
            } finally {
                pages.dispose();
                gc.dispose();
            }
            printer.endJob();
            site.status(t.get("print.sent", title));
        } finally {
            printer.dispose();
        }
    }

    /** The pages on one device: the title and header on the first, the column heads on each, the rows in turn. */
    final class Pages {

        /** One line of a page: a text or a row of cells, at a height. */
        record Line(int y, String text, List<String> cells, boolean title, boolean head) {
        }

        private final Rectangle area;
        private final Font titleFont;
        private final Font bodyFont;
        private final Font boldFont;
        private final List<List<Line>> pages = new ArrayList<>();

        Pages(Device device, Rectangle area) {
            this.area = area;
            String face = "Noto Sans CJK SC";
            titleFont = new Font(device, face, 16, SWT.BOLD);
            bodyFont = new Font(device, face, 9, SWT.NORMAL);
            boldFont = new Font(device, face, 9, SWT.BOLD);
        }

        void layout(GC gc) {
            gc.setFont(titleFont);
            int titleHeight = gc.getFontMetrics().getHeight();
            gc.setFont(bodyFont);
            int line = gc.getFontMetrics().getHeight() * 5 / 4;
            List<Line> current = new ArrayList<>();
            int y = area.y;
            current.add(new Line(y, title, null, true, false));
            y += titleHeight * 3 / 2;
            for (String text : header) {
                for (String wrapped : wrap(gc, text, area.width)) {
                    current.add(new Line(y, wrapped, null, false, false));
                    y += line;
                }
            }
            y += line / 2;
            List<String> heads = rows.get(0);
            current.add(new Line(y, null, heads, false, true));
            y += line;
            for (List<String> row : rows.subList(1, rows.size())) {
                if (y + line > area.y + area.height) {
                    pages.add(current);
                    current = new ArrayList<>();
                    y = area.y;
                    current.add(new Line(y, null, heads, false, true));
                    y += line;
                }
                current.add(new Line(y, null, row, false, false));
                y += line;
            }
            pages.add(current);
        }

        /** The text cut into lines no wider than {@code width}, character by character (Chinese has no spaces). */
        private List<String> wrap(GC gc, String text, int width) {
            List<String> out = new ArrayList<>();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                b.append(text.charAt(i));
                if (gc.textExtent(b.toString()).x > width) {
                    b.setLength(b.length() - 1);
                    out.add(b.toString());
                    b.setLength(0);
                    b.append(text.charAt(i));
                }
            }
            if (b.length() > 0) {
                out.add(b.toString());
            }
            return out;
        }

        int pageCount() {
            return pages.size();
        }

        void paint(GC gc, int index) {
            if (index < 0 || index >= pages.size()) {
                return;
            }
            for (Line l : pages.get(index)) {
                if (l.cells() == null) {
                    gc.setFont(l.title() ? titleFont : bodyFont);
                    gc.drawText(l.text(), area.x, l.y(), true);
                    continue;
                }
                gc.setFont(l.head() ? boldFont : bodyFont);
                int x = area.x;
                for (int c = 0; c < l.cells().size(); c++) {
                    int w = (int) (area.width * WIDTHS[c]);
                    String cell = l.cells().get(c);
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
            String footer = t.get("print.page", index + 1, pages.size());
            gc.drawText(footer, area.x + area.width - gc.textExtent(footer).x, area.y + area.height + 4, true);
        }

        void dispose() {
            titleFont.dispose();
            bodyFont.dispose();
            boldFont.dispose();
        }
    }
}
