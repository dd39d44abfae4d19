package org.xingfeng.platform.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * XLSX through Apache POI. Reading flattens merged regions: every cell of a region reads as its top-left value. A bundle
 * of its own, beside the platform's core: a client connected to its county's server starts no core bundle (no
 * database) and still reads and writes its own spreadsheets.
 */
@Component
public class PoiSpreadsheetService implements SpreadsheetService {

    static final Messages MESSAGES = Messages.of(PoiSpreadsheetService.class);

    /** Large enough for the 46-item matters list many times over; protects against zip bombs and runaway files. */
    static final int MAX_ROWS = 200_000;
    /** No list the suite reads has more; a cell at column XFD is a crafted file, not a list. */
    static final int MAX_COLUMNS = 256;
    /** Cells read in all, merged regions' copies included: a few tens of MiB at most, checked before allocating. */
    static final long MAX_CELLS = 4_000_000;
    /** An uncompressed part of the file (a sheet's XML) larger than this is refused before POI reads it. */
    static final long MAX_PART_BYTES = 64L << 20;
    /**
     * Cells written in the sheets, counted before POI builds its model (a few hundred bytes each there): far above
     * any list or roster the suite reads, far below what fills the server's heap.
     */
    static final long MAX_PARSED_CELLS = 300_000;
    /** Shared strings, counted likewise (a crafted table of millions takes POI minutes). */
    static final long MAX_STRINGS = 200_000;

    private static final XlsxScreen SCREEN = new XlsxScreen(MAX_PART_BYTES, MAX_PARSED_CELLS, MAX_ROWS, MAX_STRINGS);

    static {
        // POI's own zip-bomb guards are process-wide settings: the limits of the suite's reading, set once
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.01);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

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

    @Override
    public List<SheetData> read(InputStream xlsx) {
        Workbook wb;
        try {
            wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(SCREEN.screen(xlsx)));
        } catch (XlsxScreen.Refused r) {
            throw new ValidationException("file", MESSAGES.text(r.refusal.key(), r.refusal.args()));
        } catch (IOException | RuntimeException e) {
            throw new ValidationException("file",
                    MESSAGES.text("poiSpreadsheet.not_readable_xlsx_file", e.getMessage()));
        }
        try (wb) {
            DataFormatter fmt = new DataFormatter();
            List<SheetData> sheets = new ArrayList<>();
            long cells = 0;
            for (Sheet sheet : wb) {
                if (sheet.getLastRowNum() > MAX_ROWS) {
                    throw new ValidationException("file",
                            MESSAGES.text("poiSpreadsheet.too_many_rows", sheet.getSheetName()));
                }
                // what the sheet will take once merged regions are copied out, counted before anything is made
                cells += sheet.getLastRowNum() + 1L;
                for (Row row : sheet) {
                    cells += checkColumns(sheet, row.getLastCellNum() - 1);
                }
                for (CellRangeAddress m : sheet.getMergedRegions()) {
                    checkColumns(sheet, m.getLastColumn());
                    if (m.getFirstRow() < 0 || m.getLastRow() > MAX_ROWS) {
                        throw new ValidationException("file",
                                MESSAGES.text("poiSpreadsheet.too_many_rows", sheet.getSheetName()));
                    }
                    cells += (long) m.getNumberOfCells();
                }
                if (cells > MAX_CELLS) {
                    throw new ValidationException("file",
                            MESSAGES.text("poiSpreadsheet.too_many_cells", sheet.getSheetName(), MAX_CELLS));
                }
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> values = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            Cell cell = row.getCell(c);
                            values.add(cell == null ? "" : fmt.formatCellValue(cell).strip());
                        }
                    }
                    rows.add(values);
                }
                List<SheetData.CellRange> merged = new ArrayList<>();
                for (CellRangeAddress m : sheet.getMergedRegions()) {
                    merged.add(new SheetData.CellRange(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(),
                            m.getLastColumn()));
                    fill(rows, m);
                }
                sheets.add(new SheetData(sheet.getSheetName(), rows, merged));
            }
            return sheets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int checkColumns(Sheet sheet, int lastColumn) {
        if (lastColumn >= MAX_COLUMNS) {
            throw new ValidationException("file",
                    MESSAGES.text("poiSpreadsheet.too_many_columns", sheet.getSheetName(), MAX_COLUMNS));
        }
        return Math.max(0, lastColumn + 1);
    }

    private static void fill(List<List<String>> rows, CellRangeAddress m) {
        if (m.getFirstRow() >= rows.size()) {
            return;
        }
        List<String> first = rows.get(m.getFirstRow());
        String value = m.getFirstColumn() < first.size() ? first.get(m.getFirstColumn()) : "";
        for (int r = m.getFirstRow(); r <= m.getLastRow() && r < rows.size(); r++) {
            List<String> row = rows.get(r);
            while (row.size() <= m.getLastColumn()) {
                row.add("");
            }
            for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                row.set(c, value);
            }
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
        // plain zip entries: a written workbook must pass the upload screen when a county imports it back (Zip64's
        // streamed entries are misread by the JDK's zip reader the screen uses)
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
