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
