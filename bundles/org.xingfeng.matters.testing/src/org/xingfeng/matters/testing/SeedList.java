package org.xingfeng.matters.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xingfeng.platform.api.spreadsheet.Csv;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * Builds attachment 1 of the Mianyang work plan (seed 004: the 46-item matters list) as the bureau's table,
 * from the seed's text. The text is the table as a document converter printed it: tab-separated cells, the
 * header printed again on every page, and cells wrapped with spaces. One main-item cell spans a page break
 * (rows 38-39); in the printed table it is one merged cell, so its two halves are joined here and the second
 * row is left blank, as a merged cell reads. The table is kept with the tests, as printed in the seed
 * ({@code resources/fixtures/mianyang-2019-attachment-1.txt}).
 * Test support shared by the matters tests and the matters client views tests.
 */
public final class SeedList {

    private SeedList() {
    }

    /** Where the table is kept with the tests (the seed document itself is not in the project). */
    public static final String FIXTURE = "/fixtures/mianyang-2019-attachment-1.txt";

    /** The table's text as the converter printed it. */
    public static String text() {
        try (InputStream in = SeedList.class.getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException("test fixture " + FIXTURE + " missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's rows: both header rows of the first page, then the data rows and the repeated page headers. */
    public static List<List<String>> rows() {
        String text = text();
        String table = text.substring(text.indexOf("附件 1"));
        List<List<String>> rows = new ArrayList<>();
        boolean afterPageHeader = false;
        List<String> lastData = null;
        for (String line : table.split("\n")) {
            if (!line.contains("\t")) {
                continue; // title lines and blank lines
            }
            List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
            while (cells.size() < 10) {
                cells.add("");
            }
            boolean header = cells.get(0).equals("序号") || cells.get(0).equals("办事项");
            if (!header && afterPageHeader && !cells.get(1).isBlank() && cells.get(2).isBlank() && lastData != null) {
                // the rest of a main-item cell that the page break cut
                lastData.set(1, lastData.get(1) + cells.get(1));
                cells.set(1, "");
            }
            afterPageHeader = cells.get(0).equals("序号");
            if (!header) {
                lastData = cells;
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The table as an XLSX file written with Apache POI directly, as a bureau's own file would be. */
    public static byte[] xlsx() {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("事项清单");
            List<List<String>> rows = rows();
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same table as an XLSX file written by the platform's spreadsheet service. */
    public static byte[] xlsx(SpreadsheetService sheets) {
        List<List<String>> rows = rows();
        List<List<Object>> body = new ArrayList<>();
        rows.subList(1, rows.size()).forEach(r -> body.add(new ArrayList<>(r)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.write(out, List.of(new Table("事项清单", "事项清单", rows.get(0), body)));
        return out.toByteArray();
    }

    /** The table as UTF-8 CSV with a byte-order mark. */
    public static byte[] csv() {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (List<String> row : rows()) {
            sb.append(Csv.line(row));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
