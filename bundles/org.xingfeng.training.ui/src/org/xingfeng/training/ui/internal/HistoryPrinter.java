package org.xingfeng.training.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Shell;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.print.PrintPreview;
import org.xingfeng.platform.ui.print.TablePages;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.training.api.attendance.Attendance;

/**
 * 培训档案 for print: a member of staff's training history on A4 pages (a title, the standing, then one line per
 * session attended) in the platform's print preview, printed through SWT's printer, the client's print path (a PDF
 * printer gives the PDF). The same {@link TablePages} draw the preview and the paper.
 */
public class HistoryPrinter {

    static final int MARGIN = 50;
    /** The columns' shares of the page's width. */
    static final double[] WIDTHS = { 0.13, 0.37, 0.07, 0.08, 0.08, 0.16, 0.11 };

    private final Texts t;
    private final String title;
    private final List<String> header;
    private final List<List<String>> rows;
    private final PrintPreview preview;

    /** {@code person} names the member of staff, {@code summary} is their standing in words (may be empty). */
    public HistoryPrinter(ViewSite site, String person, String summary, List<Attendance> history) {
        this.t = Texts.of(site, HistoryPrinter.class);
        this.title = t.get("print.title", person);
        this.header = new ArrayList<>();
        header.add(t.get("print.printed", site.time().today()));
        if (summary != null && !summary.isBlank()) {
            header.add(summary);
        }
        this.rows = new ArrayList<>();
        rows.add(List.of(t.get("session.day"), t.get("course.title"), t.get("attendance.mark"),
                t.get("session.hours"), t.get("attendance.score"), t.get("attendance.certificateNo"),
                t.get("attendance.validUntil")));
        for (Attendance a : history) {
            rows.add(List.of(text(a.day()), text(a.courseTitle()), t.get("mark." + a.mark().name()),
                    text(a.hours()), text(a.score()), text(a.certificateNo()), text(a.certificateValidUntil())));
        }
        this.preview = new PrintPreview(site, title, MARGIN, (device, area, dpi) -> new TablePages(device, area,
                title, header, WIDTHS, rows, List.of(), (n, of) -> t.get("print.page", n, of)));
    }

    private static String text(Object o) {
        return o == null ? "" : o instanceof LocalDate d ? d.toString() : String.valueOf(o);
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

    /** The history's rows as printed (the column heads first). */
    public List<List<String>> rows() {
        return rows;
    }

    public void showPage(int index) {
        preview.showPage(index);
    }

    /** The current page drawn onto an image of the canvas's size (what the preview shows). */
    public Image snapshot() {
        return preview.snapshot();
    }

    /** Prints every page on the printer given. */
    public void print(PrinterData data) {
        preview.print(data);
    }
}
