package org.xingfeng.windows.ui.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Shell;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.print.PrintPreview;
import org.xingfeng.platform.ui.print.TablePages;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.windows.api.records.HandlingRecord;
import org.xingfeng.windows.api.records.HandlingStep;
import org.xingfeng.windows.api.records.StepKind;

/**
 * 一次性告知书: the one-time notice of a record closed with 一次性告知, for the citizen: the unit, the record's number, the
 * matter, the citizen, then every material missing in one numbered list, what to do next and who told them when; in
 * the platform's print preview, printed on A4.
 */
public class NoticePrinter {

    static final int MARGIN = 56;
    static final double[] WIDTHS = { 0.12, 0.88 };

    private final String title;
    private final List<String> header;
    private final List<List<String>> rows;
    private final List<String> closing;
    private final PrintPreview preview;

    public NoticePrinter(ViewSite site, HandlingRecord r, String unitName) {
        Texts t = Texts.of(site, NoticePrinter.class);
        ZoneId zone = site.time().zone();
        this.title = t.get("notice.title");
        HandlingStep told = r.steps().stream().filter(s -> s.kind() == StepKind.NOTIFY).reduce((a, b) -> b)
                .orElse(null);
        header = new ArrayList<>();
        header.add(t.get("notice.unit", unitName));
        header.add(t.get("notice.number", r.number()));
        header.add(t.get("notice.matter", r.matterName() == null ? r.matterCode() : r.matterName()));
        header.add(t.get("notice.citizen", r.citizenName() == null ? "" : r.citizenName()));
        header.add("");
        header.add(t.get("notice.intro"));
        rows = new ArrayList<>();
        rows.add(List.of(t.get("notice.no"), t.get("notice.material")));
        List<String> missing = r.missingMaterials();
        for (int i = 0; i < missing.size(); i++) {
            rows.add(List.of(String.valueOf(i + 1), missing.get(i)));
        }
        closing = new ArrayList<>();
        if (told != null && told.note() != null && !told.note().isBlank()) {
            closing.add(t.get("notice.note", told.note()));
        }
        closing.add(t.get("notice.next"));
        closing.add("");
        closing.add(t.get("notice.by", told == null || told.staffName() == null ? "" : told.staffName(),
                r.windowNumber() == null ? "" : r.windowNumber()));
        closing.add(t.get("notice.date", told == null ? "" : told.at().atZone(zone).toLocalDate().toString()));
        this.preview = new PrintPreview(site, title + " " + r.number(), MARGIN, (device, area, dpi) -> new TablePages(
                device, area, title, header, WIDTHS, rows, closing, (n, of) -> t.get("notice.page", n, of)));
    }

    public void open() {
        preview.open();
    }

    public Shell shell() {
        return preview.shell();
    }

    public int pageCount() {
        return preview.pageCount();
    }

    /** What the notice says, in order: the lines above the list, the list (its heads first), the lines after it. */
    public List<String> lines() {
        List<String> out = new ArrayList<>(header);
        rows.forEach(r -> out.add(String.join(" ", r)));
        out.addAll(closing);
        return out;
    }

    public Image snapshot() {
        return preview.snapshot();
    }

    public void print(PrinterData data) {
        preview.print(data);
    }
}
