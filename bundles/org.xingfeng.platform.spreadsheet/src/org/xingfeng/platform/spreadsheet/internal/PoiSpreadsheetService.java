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

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
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
            wb = new XSSFWorkbook(xlsx);
        } catch (IOException | RuntimeException e) {
            throw new ValidationException("file",
                    MESSAGES.text("poiSpreadsheet.not_readable_xlsx_file", e.getMessage()));
        }
        try (wb) {
            DataFormatter fmt = new DataFormatter();
            List<SheetData> sheets = new ArrayList<>();
            for (Sheet sheet : wb) {
                if (sheet.getLastRowNum() > MAX_ROWS) {
                    throw new ValidationException("file",
                            MESSAGES.text("poiSpreadsheet.too_many_rows", sheet.getSheetName()));
                }
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : fmt.formatCellValue(cell).strip());
                        }
                    }
                    rows.add(cells);
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

    @Override
    public void write(OutputStream out, List<Table> tables) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
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
