package org.xingfeng.matters.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.ServiceGuide;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.print.PrintPages;
import org.xingfeng.platform.ui.print.PrintPreview;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * The print view of an item's 办事指南 and 一次性告知单 in the client's language (in English with the item's English
 * texts, Chinese where one is missing, noted as on the page): the platform's A4 print preview of the same
 * {@link GuidePages} that print on paper, with the guide page's flowchart, and the guide saved as the HTML page the
 * server shows citizens ({@link ServiceGuide#html}), for a browser or a PDF printer.
 */
public class GuidePrinter {

    static final int MARGIN = 56;

    private final ViewSite site;
    private final Texts t;
    private final ServiceGuide guide;
    private final PrintPreview preview;
    private GuidePages shown;

    public GuidePrinter(ViewSite site, MainItem main, SubItem item) {
        this.site = site;
        this.t = Texts.of(site, GuidePrinter.class);
        this.guide = ServiceGuide.of(main, item, site.locale());
        this.preview = new PrintPreview(site, t.get("guide.printPreview", guide.title()), MARGIN,
                (device, area, dpi) -> {
                    GuidePages pages = new GuidePages(guide, site.locale(), device, area, dpi);
                    if (device instanceof Display) {
                        shown = pages;
                    }
                    return adapt(pages);
                }).addButton(t.get("guide.saveHtml"), this::saveDialog);
    }

    private static PrintPages adapt(GuidePages pages) {
        return new PrintPages() {
            @Override
            public void layout(GC gc) {
                pages.layout(gc);
            }

            @Override
            public int pageCount() {
                return pages.pageCount();
            }

            @Override
            public void paint(GC gc, int index) {
                pages.paint(gc, index);
            }

            @Override
            public void dispose() {
                pages.close();
            }
        };
    }

    public ServiceGuide guide() {
        return guide;
    }

    public Shell shell() {
        return preview.shell();
    }

    /** Opens the preview window (not modal). */
    public void open() {
        preview.open();
    }

    public int pageCount() {
        return preview.pageCount();
    }

    /** The preview's lines, in order. */
    public java.util.List<String> lines() {
        return shown.texts();
    }

    /** The flowchart as the preview draws it (null without steps), and the page it is on. */
    public org.xingfeng.matters.api.FlowchartLayout flowchart() {
        return shown.flowchart();
    }

    public int flowchartPage() {
        return shown.flowchartPage();
    }

    public void showPage(int index) {
        preview.showPage(index);
    }

    /** Draws the current page onto an image of the canvas's size (what the preview shows). */
    public Image snapshot() {
        return preview.snapshot();
    }

    /** Prints every page on the chosen printer. */
    public void print(PrinterData data) {
        preview.print(data);
    }

    private void saveDialog() {
        FileDialog dialog = new FileDialog(preview.shell(), SWT.SAVE);
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
            Files.writeString(file, guide.html(null, site.locale()), StandardCharsets.UTF_8);
            site.status(t.get("guide.saved", file));
        } catch (IOException e) {
            site.showError(e);
        }
    }
}
