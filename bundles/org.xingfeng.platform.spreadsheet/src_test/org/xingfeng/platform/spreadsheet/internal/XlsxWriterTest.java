package org.xingfeng.platform.spreadsheet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

class XlsxWriterTest {

    private final XlsxSpreadsheetService xlsx = new XlsxSpreadsheetService(BureauTime.of(Clock.systemUTC()));

    /** Texts XML escapes, Excel's own escapes and spaces at the ends read back as they were written, by POI itself. */
    @Test
    void awkwardTextsReadBackUnchanged() throws IOException {
        List<String> texts = List.of("甲 & 乙 <丙> \"丁\" '戊'", "  两端有空格  ", "换行\n制表\t回车\r", "控制\u0001字符\u001f",
                "_x0041_ 看似转义", "_x00", "__x0041__", "");
        List<List<Object>> rows = new ArrayList<>();
        for (String t : texts) {
            rows.add(Arrays.asList(t, 1));
        }
        try (XSSFWorkbook wb = written(new Table("f", "表", List.of("文本", "数"), rows))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(CellType.STRING, sheet.getRow(i + 1).getCell(0).getCellType());
                assertEquals(texts.get(i), sheet.getRow(i + 1).getCell(0).getStringCellValue(), "row " + (i + 1));
            }
        }
        // and by the suite's own upload reader, as a county's export comes back (which strips a cell's ends)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(out, List.of(new Table("f", "表", List.of("文本", "数"), rows)));
        List<List<String>> read = xlsx.read(new ByteArrayInputStream(out.toByteArray())).get(0).rows();
        for (int i = 0; i < texts.size(); i++) {
            List<String> row = read.get(i + 1);
            assertEquals(texts.get(i).strip(), row.isEmpty() ? "" : row.get(0), "row " + (i + 1) + " as uploaded");
        }
    }

    /** A string used many times is stored once, and every cell points at it; counts as Excel keeps them. */
    @Test
    void repeatedStringsAreShared() throws IOException {
        int n = 1_000;
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(Arrays.asList(i % 2 == 0 ? "满意" : "不满意", "件" + i));
        }
        try (XSSFWorkbook wb = written(new Table("f", "表", List.of("等级", "编号"), rows))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals(2 + 2 + n, wb.getSharedStringSource().getUniqueCount(), "two headers, two levels, n numbers");
            assertEquals(2 + 2 * n, wb.getSharedStringSource().getCount());
            assertEquals("不满意", sheet.getRow(n).getCell(0).getStringCellValue());
            assertEquals("件" + (n - 1), sheet.getRow(n).getCell(1).getStringCellValue());
            assertEquals(sheet.getRow(1).getCell(0).getCellStyle().getIndex(),
                    sheet.getRow(3).getCell(0).getCellStyle().getIndex());
            assertEquals(true, sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold(), "the header is bold");
        }
    }

    /** Every kind of value as POI reads it: numbers whole and not, yes and no, dates and the bureau's date-times. */
    @Test
    void valuesReadAsTheirKinds() throws IOException {
        XlsxSpreadsheetService shanghai = new XlsxSpreadsheetService(
                BureauTime.of(Clock.system(ZoneId.of("Asia/Shanghai"))));
        List<Object> values = Arrays.asList(42, 3_000_000_000L, 0.25, new BigDecimal("97.50"), -1.5e-7, true, false,
                LocalDate.of(2026, 10, 8), Instant.parse("2026-12-03T01:30:15Z"), null, "末");
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            headers.add("列" + i);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        shanghai.write(out, List.of(new Table("f", "值", headers, List.of(values))));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = wb.getSheetAt(0).getRow(1);
            assertEquals(42, row.getCell(0).getNumericCellValue());
            assertEquals(3_000_000_000d, row.getCell(1).getNumericCellValue());
            assertEquals(0.25, row.getCell(2).getNumericCellValue());
            assertEquals(97.5, row.getCell(3).getNumericCellValue());
            assertEquals(-1.5e-7, row.getCell(4).getNumericCellValue());
            assertEquals("是", row.getCell(5).getStringCellValue());
            assertEquals("否", row.getCell(6).getStringCellValue());
            assertEquals(LocalDateTime.of(2026, 10, 8, 0, 0), row.getCell(7).getLocalDateTimeCellValue());
            assertEquals("yyyy-mm-dd", row.getCell(7).getCellStyle().getDataFormatString());
            assertEquals(LocalDateTime.of(2026, 12, 3, 9, 30, 15), row.getCell(8).getLocalDateTimeCellValue(),
                    "in the bureau's zone, to the second");
            assertEquals("yyyy-mm-dd hh:mm:ss", row.getCell(8).getCellStyle().getDataFormatString());
            assertNull(row.getCell(9), "an empty value leaves no cell");
            assertEquals("末", row.getCell(10).getStringCellValue());
        }
    }

    /** Excel refuses a workbook with two sheets of one name (ignoring case) or a name over 31 characters. */
    @Test
    void sheetNamesAreMadeValidAndUnique() throws IOException {
        String longName = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三";
        List<Table> tables = List.of(new Table("f", "评价/2026", List.of("a"), List.of()),
                new Table("f", "Sheet", List.of("a"), List.of()), new Table("f", "sheet", List.of("a"), List.of()),
                new Table("f", longName, List.of("a"), List.of()), new Table("f", longName, List.of("a"), List.of()),
                new Table("f", " ", List.of("a"), List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(out, tables);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(6, wb.getNumberOfSheets());
            assertEquals("评价_2026", wb.getSheetName(0));
            assertEquals("Sheet", wb.getSheetName(1));
            assertEquals("sheet (2)", wb.getSheetName(2));
            assertEquals(longName.substring(0, 31), wb.getSheetName(3));
            assertEquals(longName.substring(0, 27) + " (2)", wb.getSheetName(4));
            assertEquals("Sheet1", wb.getSheetName(5));
            assertEquals("a", wb.getSheetAt(4).getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void columnLetters() {
        assertEquals(List.of("A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "IV"), List.of(XlsxWriter.column(0),
                XlsxWriter.column(25), XlsxWriter.column(26), XlsxWriter.column(51), XlsxWriter.column(52),
                XlsxWriter.column(701), XlsxWriter.column(702), XlsxWriter.column(255)));
    }

    private XSSFWorkbook written(Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(out, List.of(table));
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
