package org.xingfeng.platform.core.internal.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.spreadsheet.Csv;
import org.xingfeng.platform.api.spreadsheet.Table;

class CsvTest {

    @Test
    void quotesCommasLineBreaksAndTheByteOrderMark() {
        List<List<String>> rows = Csv.parse("\uFEFFa,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n");
        assertEquals(List.of(List.of("a", "b,1", "say \"hi\""), List.of("two\nlines", "", "x")), rows);
        assertThrows(ValidationException.class, () -> Csv.parse("a,\"open"));
    }

    @Test
    void writingThenReadingGivesTheCellsBack() {
        Table t = new Table("f", "s", List.of("名称", "说明", "日期", "在岗"),
                List.of(Arrays.asList("甲,乙", "他说\"好\"", LocalDate.of(2026, 11, 23), true),
                        Arrays.asList("丙", null, null, false)));
        String text = Csv.write(t);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark so spreadsheet programs read UTF-8");
        assertEquals(List.of(List.of("名称", "说明", "日期", "在岗"), List.of("甲,乙", "他说\"好\"", "2026-11-23", "是"),
                List.of("丙", "", "", "否")), Csv.parse(text));
    }

    @Test
    void aCellThatASpreadsheetWouldTakeForAFormulaIsWrittenAsTextAndReadBackAsItWas() {
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"点此\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx",
                "'=already quoted", "''+twice", "'plain", "'", "a=b", "");
        Table t = new Table("f", "s", List.of("意见"), hostile.stream().map(v -> List.<Object>of(v)).toList());
        String text = Csv.write(t);
        for (String line : text.substring(1).split("\r\n")) {
            String cell = line.startsWith("\"") ? line.substring(1) : line;
            assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, "no cell starts a formula: " + line);
        }
        List<List<String>> back = Csv.parse(text);
        assertEquals(hostile, back.subList(1, back.size()).stream().map(r -> r.get(0)).toList());
        assertEquals(List.of(List.of("-5", "3")), Csv.parse(Csv.line(Arrays.asList(-5, 3))),
                "numbers are numbers, not text to guard");
    }

    @Test
    void onlyUtf8IsAccepted() {
        byte[] gbk = { (byte) 0xC4, (byte) 0xE3, ',', 'x' };
        assertThrows(ValidationException.class, () -> Csv.read(new ByteArrayInputStream(gbk)));
        assertEquals(List.of(List.of("你", "x")),
                Csv.read(new ByteArrayInputStream("你,x".getBytes(StandardCharsets.UTF_8))));
    }
}
