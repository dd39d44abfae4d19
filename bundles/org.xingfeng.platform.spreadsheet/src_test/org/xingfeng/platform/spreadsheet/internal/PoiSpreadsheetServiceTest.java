package org.xingfeng.platform.spreadsheet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

class PoiSpreadsheetServiceTest {

    private final PoiSpreadsheetService xlsx = new PoiSpreadsheetService(BureauTime.of(Clock.systemUTC()));

    @Test
    void aWrittenTableReadsBackWithMergedRegionsFilled() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(out, List.of(new Table("f", "清单", List.of("名称", "日期", "件数"),
                List.of(Arrays.asList("甲", LocalDate.of(2026, 12, 2), 3), Arrays.asList("乙", null, 4)))));
        SheetData sheet = xlsx.read(new ByteArrayInputStream(out.toByteArray())).get(0);
        assertEquals(List.of("名称", "日期", "件数"), sheet.rows().get(0));
        assertEquals("甲", sheet.rows().get(1).get(0));
        assertEquals("4", sheet.rows().get(2).get(2));

        byte[] merged = workbook(s -> {
            s.createRow(0).createCell(0).setCellValue("合并");
            s.createRow(1);
            s.addMergedRegion(new CellRangeAddress(0, 1, 0, 2));
        });
        SheetData m = xlsx.read(new ByteArrayInputStream(merged)).get(0);
        assertEquals(List.of(List.of("合并", "合并", "合并"), List.of("合并", "合并", "合并")), m.rows());
    }

    /** Written row by row (most rows already on disk when the last is made): every row, its widths and frozen header. */
    @Test
    void aLargeTableIsWrittenWholeWithItsHeaderFrozenAndDatesAsDates() throws IOException {
        int rows = 5_000; // 25 times the rows kept in memory
        List<List<Object>> data = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            data.add(Arrays.asList("第" + i + "件", LocalDate.of(2026, 1, 1).plusDays(i % 365), i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(out, List.of(new Table("f", "清单", List.of("名称", "日期", "序号"), data)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheet("清单");
            assertEquals(rows, sheet.getLastRowNum(), "a header and every row");
            assertEquals("名称", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("第4999件", sheet.getRow(rows).getCell(0).getStringCellValue());
            assertEquals(4_999, sheet.getRow(rows).getCell(2).getNumericCellValue());
            assertEquals(LocalDate.of(2026, 1, 1).plusDays(4_999 % 365),
                    sheet.getRow(rows).getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", sheet.getRow(rows).getCell(1).getCellStyle().getDataFormatString());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row stays in view");
            assertTrue(sheet.getColumnWidth(0) >= 9 * 256, "the widest name is measured: " + sheet.getColumnWidth(0));
        }
    }

    /** The file a reviewer sent: under 2 KB, one merged region over 60,000 rows and every column. */
    @Test
    void aMergedRegionOverTheWholeSheetIsRefusedBeforeAnythingIsMade() throws IOException {
        byte[] bomb = workbook(s -> {
            s.createRow(0).createCell(0).setCellValue("x");
            s.createRow(60_000);
            s.addMergedRegion(new CellRangeAddress(0, 60_000, 0, 16_383));
        });
        assertTrue(bomb.length < 8_000, "a small file: " + bomb.length);
        long start = System.nanoTime();
        ValidationException e = assertThrows(ValidationException.class,
                () -> xlsx.read(new ByteArrayInputStream(bomb)));
        assertEquals("file", e.details().get(0).field());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused at once");
    }

    @Test
    void aCellFarToTheRightOrTooManyCellsAreRefused() throws IOException {
        byte[] wide = workbook(s -> s.createRow(0).createCell(16_000).setCellValue("far"));
        assertThrows(ValidationException.class, () -> xlsx.read(new ByteArrayInputStream(wide)));

        byte[] many = workbook(s -> {
            for (int r = 0; r < 200; r++) {
                s.createRow(r).createCell(0).setCellValue(r);
                s.addMergedRegion(new CellRangeAddress(r * 1_000 + 1_000, r * 1_000 + 1_999, 0, 200));
            }
        });
        ValidationException e = assertThrows(ValidationException.class,
                () -> xlsx.read(new ByteArrayInputStream(many)));
        assertEquals("file", e.details().get(0).field());
    }

    @Test
    void somethingThatIsNoXlsxIsA400NotACrash() {
        assertThrows(ValidationException.class,
                () -> xlsx.read(new ByteArrayInputStream("名称,日期\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void aTruncatedFileIsRefusedThoughPoiWouldReadWhatIsLeft() throws IOException {
        byte[] whole = workbook(s -> {
            for (int r = 0; r < 300; r++) {
                s.createRow(r).createCell(0).setCellValue("事项" + r);
            }
        });
        byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);
        ValidationException e = assertThrows(ValidationException.class, () -> xlsx.read(new ByteArrayInputStream(cut)));
        assertEquals("file", e.details().get(0).field());
        assertEquals(300, xlsx.read(new ByteArrayInputStream(whole)).get(0).rows().size(), "the whole file reads");
    }

    @Test
    void bombsAreRefusedBeforePoiBuildsAnything() throws IOException {
        // a sheet of 200 MB of rows (a small file), a sheet of more cells than the model may hold, a huge
        // shared-strings table: each refused before any model is made
        byte[] row = "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>0</v></c></row>"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bomb = zipped("<sheetData>", row, 200L << 20, "</sheetData>", "x", 1);
        StringBuilder numbered = new StringBuilder(); // distinct values: compressed as a real sheet is
        for (long r = 0; r < PoiSpreadsheetService.MAX_PARSED_CELLS / 2 + 10; r++) {
            numbered.append("<row><c><v>").append(r * 7919).append("</v></c><c><v>").append(r).append("</v></c></row>");
        }
        byte[] rows = numbered.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] cells = zipped("<sheetData>", rows, rows.length, "</sheetData>", "x", 1);
        byte[] strings = zipped("<sheetData>", row, row.length, "</sheetData>", "事项",
                PoiSpreadsheetService.MAX_STRINGS + 1);
        XlsxScreen screen = new XlsxScreen(PoiSpreadsheetService.MAX_PART_BYTES,
                PoiSpreadsheetService.MAX_PARSED_CELLS, PoiSpreadsheetService.MAX_ROWS,
                PoiSpreadsheetService.MAX_STRINGS);
        List<String> why = List.of("poiSpreadsheet.not_readable_xlsx_file", "poiSpreadsheet.too_many_cells",
                "poiSpreadsheet.too_many_strings");
        List<byte[]> files = List.of(bomb, cells, strings);
        for (int i = 0; i < files.size(); i++) {
            byte[] file = files.get(i);
            ValidationException e = assertThrows(ValidationException.class,
                    () -> xlsx.read(new ByteArrayInputStream(file)));
            assertEquals("file", e.details().get(0).field());
            // refused by the look before POI, for its own reason
            XlsxScreen.Refused r = assertThrows(XlsxScreen.Refused.class,
                    () -> screen.screen(new ByteArrayInputStream(file)));
            assertEquals(why.get(i), r.refusal.key());
        }
        assertEquals(1, xlsx.read(new ByteArrayInputStream(zipped("<sheetData>", row, row.length, "</sheetData>",
                "x", 1))).size(), "the same file at a sane size reads");
    }

    /** A workbook written by hand: its sheet's rows {@code row} repeated to {@code bytes}, its strings numbered. */
    private static byte[] zipped(String open, byte[] row, long bytes, String close, String string, long strings)
            throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml",
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ct + "sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ct
                            + "worksheet+xml\"/>"
                            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + ct
                            + "sharedStrings+xml\"/></Types>");
            put(zip, "_rels/.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"" + rel
                            + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
                    + "<sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                            + "relationships\"><Relationship Id=\"rId1\" Type=\"" + rel
                            + "/worksheet\" Target=\"worksheets/"
                            + "sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\""
                            + "sharedStrings.xml\"/></Relationships>");
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + main + "\">" + open).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (bytes <= row.length) {
                zip.write(row, 0, (int) bytes);
            } else {
                byte[] block = new byte[row.length * 1_000];
                for (int i = 0; i < 1_000; i++) {
                    System.arraycopy(row, 0, block, i * row.length, row.length);
                }
                for (long written = 0; written < bytes; written += block.length) {
                    zip.write(block, 0, (int) Math.min(bytes - written, block.length));
                }
            }
            zip.write((close + "</worksheet>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            zip.write(("<sst xmlns=\"" + main + "\">").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (long i = 0; i < strings; i++) { // distinct strings, as a real table's
                zip.write(("<si><t>" + string + i + "</t></si>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            zip.write("</sst>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void put(java.util.zip.ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private interface SheetMaker {
        void make(XSSFSheet sheet);
    }

    private static byte[] workbook(SheetMaker maker) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            maker.make(wb.createSheet("s"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
