package org.xingfeng.platform.ui.print;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
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

/**
 * A print preview: an A4 page drawn by the document's {@link PrintPages} in a window of its own (not modal), with the
 * previous and next page, the print dialog, any buttons the document adds (save as HTML, say) and close; printing
 * lays the same pages out again on the printer and prints every page. The page's margins are {@code margin} points on
 * each side, less a line at the foot for the page number.
 */
public class PrintPreview {

    /** A4 in points. */
    public static final int A4_WIDTH = 595;
    public static final int A4_HEIGHT = 842;

    private record Extra(String label, Runnable action) {
    }

    private final ViewSite site;
    private final Texts t;
    private final String title;
    private final int margin;
    private final PrintPages.Factory factory;
    private final List<Extra> extras = new ArrayList<>();
    private Shell shell;
    private Canvas canvas;
    private Label pageLabel;
    private PrintPages preview;
    private int page;

    public PrintPreview(ViewSite site, String title, int margin, PrintPages.Factory factory) {
        this.site = site;
        this.t = Texts.of(site, PrintPreview.class);
        this.title = title;
        this.margin = margin;
        this.factory = factory;
    }

    /** Adds a button after 打印 (before {@link #open}). */
    public PrintPreview addButton(String label, Runnable action) {
        extras.add(new Extra(label, action));
        return this;
    }

    public String title() {
        return title;
    }

    public Shell shell() {
        return shell;
    }

    /** The pages on the screen (after {@link #open}). */
    public PrintPages pages() {
        return preview;
    }

    /** Opens the preview window (not modal) on the first page. */
    public void open() {
        shell = new Shell(site.shell(), SWT.SHELL_TRIM);
        shell.setText(title);
        shell.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(shell, SWT.NONE);
        bar.setLayout(new RowLayout());
        button(bar, t.get("print.previous"), () -> showPage(page - 1));
        button(bar, t.get("print.next"), () -> showPage(page + 1));
        button(bar, t.get("print.print"), this::printDialog);
        for (Extra e : extras) {
            button(bar, e.label(), e.action());
        }
        button(bar, t.get("print.close"), () -> shell.close());
        pageLabel = new Label(bar, SWT.NONE);
        canvas = new Canvas(shell, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        canvas.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        Point dpi = shell.getDisplay().getDPI();
        gd.widthHint = (int) (A4_WIDTH * dpi.x / 72.0);
        gd.heightHint = (int) (A4_HEIGHT * dpi.y / 72.0);
        canvas.setLayoutData(gd);
        preview = factory.create(shell.getDisplay(),
                pageArea(dpi.x, new Rectangle(0, 0, gd.widthHint, gd.heightHint), margin), dpi.x);
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

    /** The printable area of a page of the given size in pixels: the page less its margins and the foot's line. */
    public static Rectangle pageArea(int dpi, Rectangle page, int margin) {
        int m = (int) (margin * dpi / 72.0);
        return new Rectangle(page.x + m, page.y + m, page.width - 2 * m, page.height - 2 * m - (int) (14 * dpi / 72.0));
    }

    public int pageCount() {
        return preview.pageCount();
    }

    /** The page shown (0-based). */
    public int page() {
        return page;
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

    /** Prints every page on the printer given; the status line says it was sent, or that the printer did not start. */
    public void print(PrinterData data) {
        Printer printer = new Printer(data);
        try {
            if (!printer.startJob(title)) {
                site.status(t.get("print.didNotStart"));
                return;
            }
            Point dpi = printer.getDPI();
            GC gc = new GC(printer);
            PrintPages pages = factory.create(printer, pageArea(dpi.x, printer.getClientArea(), margin), dpi.x);
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
}
