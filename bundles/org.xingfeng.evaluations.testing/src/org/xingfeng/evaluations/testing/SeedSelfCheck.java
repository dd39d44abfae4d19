package org.xingfeng.evaluations.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Attachment 2 of the 2019 work plan (seed 004: 全省医疗保障系统行风建设自查表) read from the seed's text: tab-separated
 * cells, the header printed again on every page. The table is kept with the tests
 * ({@code resources/fixtures/mianyang-2019-attachment-2.txt}, as printed in the seed).
 */
public final class SeedSelfCheck {

    public static final List<String> HEADER = List.of("序号", "目标要求", "工作内容及要求", "完成时限", "自查情况（各项工作落实情况）",
            "下一步改进措施、完成时限");

    public static final String FIXTURE = "/fixtures/mianyang-2019-attachment-2.txt";

    private SeedSelfCheck() {
    }

    /** The table's text as the converter printed it, kept with the tests (the seed itself is not in the project). */
    public static String text() {
        try (InputStream in = SeedSelfCheck.class.getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException("test fixture " + FIXTURE + " missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows (six cells each) of the printed table, without the page headers. */
    public static List<List<String>> rows() {
        String text = text();
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.substring(text.indexOf("附件 2")).split("\n")) {
            if (!line.contains("\t")) {
                continue;
            }
            List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
            while (cells.size() < 6) {
                cells.add("");
            }
            if (cells.get(0).equals("序号")) {
                continue;
            }
            rows.add(cells.subList(0, 6).stream().map(String::strip).toList());
        }
        return rows;
    }

    /** The table as a unit would fill it in: title row, header, rows with 自查情况 from {@code selfCheck}. */
    public static byte[] xlsx(Function<Integer, String> selfCheck) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("自查表");
            s.createRow(0).createCell(0).setCellValue("全省医疗保障系统行风建设自查表");
            Row h = s.createRow(1);
            for (int c = 0; c < HEADER.size(); c++) {
                h.createCell(c).setCellValue(HEADER.get(c));
            }
            int r = 2;
            int item = 1;
            for (List<String> cells : rows()) {
                Row row = s.createRow(r++);
                for (int c = 0; c < 4; c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
                row.createCell(4).setCellValue(selfCheck.apply(item++));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
