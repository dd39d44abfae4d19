package org.xingfeng.platform.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * XLSX: written and read by streaming code of the suite's own ({@link XlsxWriter}, {@link XlsxReader}; POI only for its
 * table of Excel's number formats).
 * Reading flattens merged regions: every cell of a region reads as its top-left value. A bundle of its own, beside the platform's core: a client connected to its county's server starts no core bundle (no
 * database) and still reads and writes its own spreadsheets.
 */
@Component
public class XlsxSpreadsheetService implements SpreadsheetService {

    static final Messages MESSAGES = Messages.of(XlsxSpreadsheetService.class);

    /** Large enough for the 46-item matters list many times over; protects against zip bombs and runaway files. */
    static final int MAX_ROWS = 200_000;
    /** No list the suite reads has more; a cell at column XFD is a crafted file, not a list. */
    static final int MAX_COLUMNS = 256;
    /** Cells made in all, empty ones and merged regions' copies included: a few tens of MiB at most. */
    static final long MAX_CELLS = 4_000_000;
    /** An uncompressed part of the file (a sheet's XML) larger than this is refused as it is read. */
    static final long MAX_PART_BYTES = 64L << 20;
    /** Cells written in the sheets: far above any list or roster the suite reads. */
    static final long MAX_PARSED_CELLS = 300_000;
    /** Shared strings (a crafted table of millions would fill the heap with text no cell shows). */
    static final long MAX_STRINGS = 200_000;

    static final XlsxReader.Limits LIMITS = new XlsxReader.Limits(MAX_PART_BYTES, MAX_PARSED_CELLS, MAX_ROWS,
            MAX_COLUMNS, MAX_CELLS, MAX_STRINGS);

    private final BureauTime time;

    /**
     * @param time the bureau's time, from the platform's core; a client connected to its county's server runs no
     *             core, and then writes times in the PC's own zone (a county's PCs run in the bureau's zone)
     */
    @Activate
    public XlsxSpreadsheetService(
            @Reference(cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) BureauTime time) {
        this.time = time != null ? time : BureauTime.of(Clock.systemDefaultZone());
    }

    /** Streamed, every cap checked while reading (see {@link XlsxReader}); any refusal is a 400 on the file. */
    @Override
    public List<SheetData> read(InputStream xlsx) {
        try {
            return new XlsxReader(LIMITS).read(xlsx);
        } catch (XlsxReader.Refused r) {
            throw new ValidationException("file", MESSAGES.text(r.refusal.key(), r.refusal.args()));
        } catch (IOException | RuntimeException e) {
            throw new ValidationException("file",
                    MESSAGES.text("xlsx.not_readable_xlsx_file", e.getMessage()));
        }
    }

    /** Streamed straight into {@code out} by {@link XlsxWriter}: a year's rows of a province in a small heap. */
    @Override
    public void write(OutputStream out, List<Table> tables) {
        try {
            // a table has no language: yes and no in Chinese
            new XlsxWriter(time.zone(), MESSAGES.get(Languages.CHINESE, "cell.yes"),
                    MESSAGES.get(Languages.CHINESE, "cell.no")).write(out, tables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
