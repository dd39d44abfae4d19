package org.xingfeng.matters.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.ServiceGuide;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * The print view of an item's 办事指南 and 一次性告知单: an A4 page preview drawn with the same {@link GuidePages}
 * that prints through SWT's {@link Printer}, and the guide saved as the HTML page the server shows citizens
 * ({@link ServiceGuide#html}), for a browser or a PDF printer.
 */
public class GuidePrinter {

    /** A4 in points. */
    static final int A4_WIDTH = 595;
    static final int A4_HEIGHT = 842;
    static final int MARGIN = 56;

    private final ViewSite site;
    private final Texts t;
    private final ServiceGuide guide;
    private Shell shell;
    private Canvas canvas;
    private Label pageLabel;
    private GuidePages preview;
    private int page;

    public GuidePrinter(ViewSite site, MainItem main, SubItem item) {
        this.site = site;
        this.t = Texts.of(site, GuidePrinter.class);
        this.guide = ServiceGuide.of(main, item);
    }

    public ServiceGuide guide() {
        return guide;
    }

    public Shell shell() {
        return shell;
    }

    /** Opens the preview window (not modal). */
    public void open() {
        shell = new Shell(site.shell(), SWT.SHELL_TRIM);
        shell.setText(t.get("guide.printPreview", guide.title()));
        shell.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(shell, SWT.NONE);
        bar.setLayout(new RowLayout());
        button(bar, t.get("guide.previousPage"), () -> showPage(page - 1));
        button(bar, t.get("guide.nextPage"), () -> showPage(page + 1));
        button(bar, t.get("guide.print"), this::printDialog);
        button(bar, t.get("guide.saveHtml"), this::saveDialog);
        button(bar, t.get("common.close"), () -> shell.close());
        pageLabel = new Label(bar, SWT.NONE);
        canvas = new Canvas(shell, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        canvas.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        Point dpi = shell.getDisplay().getDPI();
        gd.widthHint = (int) (A4_WIDTH * dpi.x / 72.0);
        gd.heightHint = (int) (A4_HEIGHT * dpi.y / 72.0);
        canvas.setLayoutData(gd);
        preview = new GuidePages(guide, shell.getDisplay(),
                pageArea(dpi.x, new Rectangle(0, 0, gd.widthHint, gd.heightHint)), dpi.x);
        GC gc = new GC(canvas);
        try {
            preview.layout(gc);
        } finally {
            gc.dispose();
        }
        canvas.addPaintListener(e -> preview.paint(e.gc, page));
        shell.addDisposeListener(e -> preview.close());
        shell.pack();
        showPage(0);
        shell.open();
    }

    private void button(Composite bar, String label, Runnable action) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
    }

    /** The printable area of a page of the given size in pixels: the page less its margins. */
    static Rectangle pageArea(int dpi, Rectangle page) {
        int m = (int) (MARGIN * dpi / 72.0);
        return new Rectangle(page.x + m, page.y + m, page.width - 2 * m, page.height - 2 * m - (int) (14 * dpi / 72.0));
    }

    public int pageCount() {
        return preview.pageCount();
    }

    /** The preview's lines, in order. */
    public java.util.List<String> lines() {
        return preview.texts();
    }

    public void showPage(int index) {
        page = Math.max(0, Math.min(index, preview.pageCount() - 1));
        pageLabel.setText(t.get("guide.page", page + 1, preview.pageCount()));
        pageLabel.getParent().layout();
        canvas.redraw();
    }

    /** Draws the current page onto an image of the canvas's size (what the preview shows). */
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
        dialog.setText(t.get("guide.printServiceGuide"));
        PrinterData data = dialog.open();
        if (data != null) {
            print(data);
        }
    }

    /** Prints every page on the chosen printer. */
    public void print(PrinterData data) {
        Printer printer = new Printer(data);
        try {
            if (!printer.startJob(guide.title())) {
                site.status(t.get("guide.printerDidNotStart"));
                return;
            }
            Rectangle paper = printer.getClientArea();
            Point dpi = printer.getDPI();
            GC gc = new GC(printer);
            try (GuidePages pages = new GuidePages(guide, printer, pageArea(dpi.x, paper), dpi.x)) {
                pages.layout(gc);
                for (int i = 0; i < pages.pageCount(); i++) {
                    printer.startPage();
                    pages.paint(gc, i);
                    printer.endPage();
                }
            } finally {
                gc.dispose();
            }
            printer.endJob();
            site.status(t.get("guide.sentPrinter", guide.title()));
        } finally {
            printer.dispose();
        }
    }

    private void saveDialog() {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.html" });
        dialog.setFileName(guide.itemName() + "-办事指南.html");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            saveHtml(Path.of(file));
        }
    }

    /** Writes the guide as the printable HTML page the server shows citizens. */
    public void saveHtml(Path file) {
        try {
            Files.writeString(file, guide.html(null), StandardCharsets.UTF_8);
            site.status(t.get("guide.saved", file));
        } catch (IOException e) {
            site.showError(e);
        }
    }
}
