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

class XlsxSpreadsheetServiceTest {

    private final XlsxSpreadsheetService xlsx = new XlsxSpreadsheetService(BureauTime.of(Clock.systemUTC()));

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

    /** Written row by row: every row, its widths and frozen header. */
    @Test
    void aLargeTableIsWrittenWholeWithItsHeaderFrozenAndDatesAsDates() throws IOException {
        int rows = 5_000;
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
    void bombsAreRefusedWhileReadingBeforeTheirCellsAreMade() throws IOException {
        // a sheet of 200 MB of rows (a small file), a sheet of more cells than the model may hold, a huge
        // shared-strings table: each refused before any model is made
        byte[] row = "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>0</v></c></row>"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bomb = zipped("<sheetData>", row, 200L << 20, "</sheetData>", "x", 1);
        StringBuilder numbered = new StringBuilder(); // distinct values: compressed as a real sheet is
        for (long r = 0; r < XlsxSpreadsheetService.MAX_PARSED_CELLS / 2 + 10; r++) {
            numbered.append("<row><c><v>").append(r * 7919).append("</v></c><c><v>").append(r).append("</v></c></row>");
        }
        byte[] rows = numbered.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] cells = zipped("<sheetData>", rows, rows.length, "</sheetData>", "x", 1);
        byte[] strings = zipped("<sheetData>", row, row.length, "</sheetData>", "事项",
                XlsxSpreadsheetService.MAX_STRINGS + 1);
        XlsxReader reader = new XlsxReader(XlsxSpreadsheetService.LIMITS);
        List<String> why = List.of("xlsx.not_readable_xlsx_file", "xlsx.too_many_cells",
                "xlsx.too_many_strings");
        List<byte[]> files = List.of(bomb, cells, strings);
        for (int i = 0; i < files.size(); i++) {
            byte[] file = files.get(i);
            ValidationException e = assertThrows(ValidationException.class,
                    () -> xlsx.read(new ByteArrayInputStream(file)));
            assertEquals("file", e.details().get(0).field());
            // refused for its own reason
            XlsxReader.Refused r = assertThrows(XlsxReader.Refused.class,
                    () -> reader.read(new ByteArrayInputStream(file)));
            assertEquals(why.get(i), r.refusal.key());
        }
        assertEquals(1, xlsx.read(new ByteArrayInputStream(zipped("<sheetData>", row, row.length, "</sheetData>",
                "x", 1))).size(), "the same file at a sane size reads");
        // a table that declares more strings than allowed is refused before any is read; one declaring few but
        // holding many is refused at the cap (above)
        byte[] declaring = replaceAll(zipped("<sheetData>", row, row.length, "</sheetData>", "x", 1),
                "xl/sharedStrings.xml", "<sst xmlns=", "<sst uniqueCount=\"2000000\" xmlns=");
        XlsxReader.Refused many = assertThrows(XlsxReader.Refused.class,
                () -> reader.read(new ByteArrayInputStream(declaring)));
        assertEquals("xlsx.too_many_strings", many.refusal.key());
        assertEquals("2000000", many.refusal.args()[0]);
    }

    /**
     * Other tools stream their entries with data descriptors and Zip64 records (sizes unknown until written): such a
     * file reads as the same workbook written plainly does.
     */
    @Test
    void aWorkbookOfStreamedZip64EntriesReadsRight() throws IOException {
        byte[] plain = workbook(s -> {
            s.createRow(0).createCell(0).setCellValue("事项名称");
            s.getRow(0).createCell(1).setCellValue("件数");
            for (int r = 1; r <= 300; r++) {
                s.createRow(r).createCell(0).setCellValue("第" + r + "项");
                s.getRow(r).createCell(1).setCellValue(r);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a stream that cannot seek back: every entry gets a data descriptor, Always: every one its Zip64 record
        try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(
                new java.io.FilterOutputStream(out) {
                });
                java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(plain))) {
            zip.setUseZip64(org.apache.commons.compress.archivers.zip.Zip64Mode.Always);
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null;) {
                zip.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(e.getName()));
                in.transferTo(zip);
                zip.closeArchiveEntry();
            }
        }
        byte[] streamed = out.toByteArray();
        assertTrue(contains(streamed, new byte[] { 'P', 'K', 7, 8 }), "entries with data descriptors");
        assertTrue(contains(streamed, new byte[] { 'P', 'K', 6, 6 }), "a Zip64 end record");
        SheetData expected = xlsx.read(new ByteArrayInputStream(plain)).get(0);
        SheetData read = xlsx.read(new ByteArrayInputStream(streamed)).get(0);
        assertEquals(301, read.rows().size());
        assertEquals(List.of("第300项", "300"), read.rows().get(300));
        assertEquals(expected, read);
    }

    /**
     * The text of every kind of cell as POI's own model and DataFormatter give it (the reading before this reader):
     * numbers in General and in their formats, dates of built-in and custom formats, booleans, rich and inline
     * strings, blank styled cells, missing rows and cells, a second sheet.
     */
    @Test
    void cellsReadAsPoisModelShowedThem() throws IOException {
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("一");
            org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            org.apache.poi.ss.usermodel.CellStyle custom = wb.createCellStyle();
            custom.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            org.apache.poi.ss.usermodel.CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            var r0 = s.createRow(0);
            r0.createCell(0).setCellValue(1.0);
            r0.createCell(1).setCellValue(3.25);
            r0.createCell(2).setCellValue(12345678901.0);
            r0.createCell(3).setCellValue(true);
            r0.createCell(5).setCellValue("  有空格  ");
            r0.createCell(6).setCellValue(123456789012.0); // General from 1E11 on: scientific
            r0.createCell(7).setCellValue(-5.0);
            r0.createCell(8).setCellValue(-0.0);
            var r2 = s.createRow(2);
            var d = r2.createCell(0);
            d.setCellValue(LocalDate.of(2026, 3, 1));
            d.setCellStyle(date);
            var t = r2.createCell(1);
            t.setCellValue(java.time.LocalDateTime.of(2026, 12, 3, 9, 30));
            t.setCellStyle(custom);
            var m = r2.createCell(2);
            m.setCellValue(1234.5);
            m.setCellStyle(money);
            r2.createCell(4).setCellStyle(money); // blank, styled: the row still reaches it
            var rich = new org.apache.poi.xssf.usermodel.XSSFRichTextString("粗体");
            rich.append("与普通");
            r2.createCell(5).setCellValue(rich);
            s.createRow(4);
            wb.createSheet("二").createRow(1).createCell(1).setCellValue("乙");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            file = out.toByteArray();
        }
        List<SheetData> read = xlsx.read(new ByteArrayInputStream(file));
        List<List<List<String>>> model = new java.util.ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            org.apache.poi.ss.usermodel.DataFormatter fmt = new org.apache.poi.ss.usermodel.DataFormatter();
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                List<List<String>> rows = new java.util.ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    var row = sheet.getRow(r);
                    List<String> values = new java.util.ArrayList<>();
                    for (int c = 0; row != null && c < Math.max(0, row.getLastCellNum()); c++) {
                        values.add(row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)).strip());
                    }
                    rows.add(values);
                }
                model.add(rows);
            }
        }
        assertEquals(List.of("一", "二"), read.stream().map(SheetData::name).toList());
        assertEquals(model, read.stream().map(SheetData::rows).toList());
        // and what that is, so that a change of both would show
        assertEquals(List.of("1", "3.25", "12345678901", "TRUE", "", "有空格", "1.23457E+11", "-5", "0"),
                read.get(0).rows().get(0));
        assertEquals(List.of("3/1/26", "2026-12-03 09:30", "1,234.50", "", "", "粗体与普通"), read.get(0).rows().get(2));
        assertEquals(List.of(), read.get(0).rows().get(4));
    }

    /** Inline strings (as other tools write them) with their runs, without their phonetic guide; escaped characters. */
    @Test
    void inlineStringsReadAsTheirText() throws IOException {
        byte[] row = ("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><r><t>行</t></r><r><t xml:space=\"preserve\">内 </t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>ぎょう</t></rPh></is></c><c t=\"str\"><f>A1</f><v>公式</v></c>"
                + "<c r=\"E2\" t=\"s\"><v>0</v></c></row>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SheetData sheet = xlsx.read(new ByteArrayInputStream(zipped("<sheetData>", row, row.length, "</sheetData>",
                "a_x000D_b", 1))).get(0);
        assertEquals(List.of(List.of(), List.of("", "行内", "公式", "", "a\rb0")), sheet.rows());
    }

    /** Elements written with a namespace prefix (as some tools do) read as those without. */
    @Test
    void prefixedElementsReadAlike() throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        byte[] row = "<x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"C1\"><x:v>7</x:v></x:c></x:row>"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        SheetData sheet = xlsx.read(new ByteArrayInputStream(zipped("<x:sheetData xmlns:x=\"" + main + "\">", row,
                row.length, "</x:sheetData>", "甲", 1))).get(0);
        assertEquals(List.of(List.of("甲0", "", "7")), sheet.rows());
    }

    /** A formula reads as its last result, as the sheet shows it (POI's model without an evaluator gave its text). */
    @Test
    void aFormulaReadsAsItsLastResult() throws IOException {
        byte[] file = workbook(s -> {
            var row = s.createRow(0);
            row.createCell(0).setCellValue(2);
            row.createCell(1).setCellValue(3);
            row.createCell(2).setCellFormula("A1*B1");
            row.createCell(3).setCellFormula("\"合\"&\"计\"");
            s.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        assertEquals(List.of("2", "3", "6", "合计"), xlsx.read(new ByteArrayInputStream(file)).get(0).rows().get(0));
    }

    /** Just under every cap at once: read whole (its time is the bench's: releng/bin/bench xlsx). */
    @Test
    void aSheetJustUnderTheCapsReadsWhole() throws IOException {
        StringBuilder numbered = new StringBuilder();
        long rowsWanted = XlsxSpreadsheetService.MAX_PARSED_CELLS / 2;
        for (long r = 0; r < rowsWanted; r++) {
            numbered.append("<row><c t=\"s\"><v>").append(r % 1_000).append("</v></c><c><v>").append(r)
                    .append("</v></c></row>");
        }
        byte[] rows = numbered.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] file = zipped("<sheetData>", rows, rows.length, "</sheetData>", "事项", 1_000);
        SheetData sheet = xlsx.read(new ByteArrayInputStream(file)).get(0);
        assertEquals(rowsWanted, sheet.rows().size());
        assertEquals(List.of("事项999", String.valueOf(rowsWanted - 1)), sheet.rows().get((int) rowsWanted - 1));
        // one cell more is refused
        numbered.append("<row><c><v>1</v></c></row>");
        byte[] over = numbered.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        XlsxReader.Refused r = assertThrows(XlsxReader.Refused.class,
                () -> new XlsxReader(XlsxSpreadsheetService.LIMITS)
                        .read(new ByteArrayInputStream(
                                zipped("<sheetData>", over, over.length, "</sheetData>", "事项", 1_000))));
        assertEquals("xlsx.too_many_cells", r.refusal.key());
    }

    /** XML that would reach outside the file, or nest without end, is refused, not followed. */
    @Test
    void entitiesAndDeepNestingAreRefused() throws IOException {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("secret", ".txt");
        try {
            java.nio.file.Files.writeString(secret, "机密");
            String doctype = "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>";
            byte[] row = "<row><c t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] file = zipped("<sheetData>", row, row.length, "</sheetData>", "x", 1);
            byte[] withDoctype = replaceFirst(file, "xl/worksheets/sheet1.xml", doctype);
            ValidationException e = assertThrows(ValidationException.class,
                    () -> xlsx.read(new ByteArrayInputStream(withDoctype)));
            assertTrue(!e.getMessage().contains("机密") && !e.details().toString().contains("机密"), e.getMessage());
        } finally {
            java.nio.file.Files.delete(secret);
        }
        byte[] deep = ("<row><c>" + "<x>".repeat(5_000) + "</x>".repeat(5_000) + "</c></row>")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        XlsxReader.Refused r = assertThrows(XlsxReader.Refused.class,
                () -> new XlsxReader(XlsxSpreadsheetService.LIMITS)
                        .read(new ByteArrayInputStream(
                                zipped("<sheetData>", deep, deep.length, "</sheetData>", "x", 1))));
        assertEquals("xlsx.not_readable_xlsx_file", r.refusal.key());
    }

    /** A file of more zip entries than any workbook has is refused before its directory is read. */
    @Test
    void aFileOfTooManyPartsIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (int i = 0; i <= XlsxReader.MAX_PARTS; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("p" + i));
                zip.closeEntry();
            }
        }
        XlsxReader.Refused r = assertThrows(XlsxReader.Refused.class,
                () -> new XlsxReader(XlsxSpreadsheetService.LIMITS).read(new ByteArrayInputStream(out.toByteArray())));
        assertEquals("xlsx.not_readable_xlsx_file", r.refusal.key());
    }

    private static boolean contains(byte[] b, byte[] what) {
        outer: for (int i = 0; i + what.length <= b.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (b[i + k] != what[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The zip with one part's text changed: {@code from} replaced by {@code to}. */
    private static byte[] replaceAll(byte[] file, String part, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(file));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null;) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(part)) {
                    bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace(from, to)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The zip with one part's text given a prefix (a DOCTYPE before its root). */
    private static byte[] replaceFirst(byte[] file, String part, String prefix) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(file));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null;) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    zip.write(prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
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
