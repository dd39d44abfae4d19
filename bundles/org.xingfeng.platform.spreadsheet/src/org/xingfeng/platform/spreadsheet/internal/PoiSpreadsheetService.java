package org.xingfeng.platform.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
 * XLSX: written through Apache POI's streaming writer, read by a streaming reader of the suite's own ({@link XlsxReader}).
 * Reading flattens merged regions: every cell of a region reads as its top-left value. A bundle of its own, beside the platform's core: a client connected to its county's server starts no core bundle (no
 * database) and still reads and writes its own spreadsheets.
 */
@Component
public class PoiSpreadsheetService implements SpreadsheetService {

    static final Messages MESSAGES = Messages.of(PoiSpreadsheetService.class);

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
    public PoiSpreadsheetService(
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
                    MESSAGES.text("poiSpreadsheet.not_readable_xlsx_file", e.getMessage()));
        }
    }

    /** Rows kept in memory while writing; older ones go to a compressed temporary file (a streaming writer). */
    private static final int ROWS_IN_MEMORY = 200;

    @Override
    public void write(OutputStream out, List<Table> tables) {
        // streamed: a year's rows of a province are written in a small heap, row by row
        // with a shared-strings table, as Excel writes: inline strings are not changed by POI's own cell edits; kept
        // as plain strings (POI's own table took two thirds of an export's time and most of its heap)
        SXSSFWorkbook wb = PlainSharedStrings.streamingWorkbook(ROWS_IN_MEMORY);
        // plain zip entries, the form every reader takes (older tools misread Zip64's streamed entries; the suite's own
        // reader takes both)
        wb.setZip64Mode(Zip64Mode.Never);
        try {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CreationHelper helper = wb.getCreationHelper();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            for (Table t : tables) {
                Sheet sheet = wb.createSheet(safeSheetName(t.sheetName()));
                Row h = sheet.createRow(0);
                int[] widths = new int[t.headers().size()];
                for (int c = 0; c < t.headers().size(); c++) {
                    Cell cell = h.createCell(c);
                    cell.setCellValue(t.headers().get(c));
                    cell.setCellStyle(header);
                    widths[c] = displayWidth(t.headers().get(c));
                }
                int r = 1;
                for (List<Object> values : t.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(MESSAGES.get(Languages.CHINESE, b ? "cell.yes" : "cell.no")); // a table has no language
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (v instanceof Instant i) {
                            cell.setCellValue(LocalDateTime.ofInstant(i, time.zone()));
                            cell.setCellStyle(dateTime);
                        } else {
                            cell.setCellValue(v.toString());
                        }
                        if (c < widths.length) {
                            widths[c] = Math.max(widths[c], displayWidth(v.toString()));
                        }
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, Math.min(80, widths[c] + 2) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose(); // the temporary files
            try {
                wb.close();
            } catch (IOException e) {
                // nothing was left open for writing
            }
        }
    }

    /** Chinese characters take two columns. */
    private static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return w;
    }

    private static String safeSheetName(String name) {
        String clean = (name == null || name.isBlank() ? "Sheet1" : name).replaceAll("[\\\\/?*\\[\\]:]", "_");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
