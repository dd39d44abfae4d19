package org.xingfeng.platform.spreadsheet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

class PlainSharedStringsTest {

    private final PoiSpreadsheetService xlsx = new PoiSpreadsheetService(BureauTime.of(Clock.systemUTC()));

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
    void repeatedStringsAreSharedAcrossRowsWrittenToDisk() throws IOException {
        int n = 1_000; // five times the rows kept in memory: most cells are written from the temporary file
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

    private XSSFWorkbook written(Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(out, List.of(table));
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
