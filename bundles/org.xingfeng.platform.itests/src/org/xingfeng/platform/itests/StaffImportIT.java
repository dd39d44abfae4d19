package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

class StaffImportIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static String admin;
    static JsonNode county;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin);
        Api.Reply section = Api.post("/api/v1/org/units/" + county.path("id").asLong() + "/sections", admin,
                Api.json(Map.of("name", "经办服务中心")));
        assertEquals(201, section.status(), section.text());
    }

    static byte[] sheet(List<List<String>> rows) throws IOException {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("人员");
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Api.Reply upload(byte[] file, boolean dryRun) {
        return Api.send("POST", "/api/v1/org/staff/import?dryRun=" + dryRun, admin, XLSX, file, Map.of());
    }

    long staffInCounty() {
        return Fixtures.count(admin, "/api/v1/org/staff?unitId=" + county.path("id").asLong());
    }

    @Test
    void dryRunThenImportThenExport() throws IOException {
        String code = county.path("code").asText();
        String n = Api.unique();
        byte[] file = sheet(List.of(List.of("工号", "姓名", "单位编码", "科室", "人员类别", "岗位", "状态"),
                List.of("A" + n, "李敏", code, "经办服务中心", "窗口人员", "综合柜员", "在岗"),
                List.of("B" + n, "王伟", code, "经办服务中心", "科室负责人", "大厅经理、中心主任", ""),
                List.of("C" + n, "赵静", code, "", "其他人员", "", "离岗")));

        JsonNode dry = upload(file, true).json();
        assertEquals(3, dry.path("created").asInt(), dry.toString());
        assertTrue(dry.path("dryRun").asBoolean());
        assertEquals(0, staffInCounty(), "a dry run stores nothing");

        Api.Reply real = upload(file, false);
        assertEquals(200, real.status(), real.text());
        assertEquals(3, staffInCounty());
        JsonNode wang = Api.get("/api/v1/org/staff?q=B" + n, admin).json().path("items").get(0);
        assertEquals("SECTION_MANAGER", wang.path("tier").asText());
        assertEquals(2, wang.path("posts").size());

        // importing again updates instead of duplicating
        JsonNode again = upload(file, false).json();
        assertEquals(3, again.path("updated").asInt());
        assertEquals(3, staffInCounty());

        Api.Reply export = Api.send("GET", "/api/v1/org/staff?unitId=" + county.path("id").asLong(), admin, null, null,
                Map.of("Accept", XLSX));
        assertEquals(200, export.status());
        assertTrue(export.contentType().startsWith(XLSX), export.contentType());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("工号", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3, s.getLastRowNum());
        }
        assertEquals(200,
                Api.get("/api/v1/org/staff?format=xlsx&unitId=" + county.path("id").asLong(), admin).status());
        Api.Reply csv = Api.get("/api/v1/org/staff?format=csv&unitId=" + county.path("id").asLong(), admin);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.text().startsWith("\uFEFF工号,姓名,单位编码"), csv.text());
        assertEquals(4, csv.text().strip().split("\r\n").length, "a header and three staff");
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadRow() throws IOException {
        String code = county.path("code").asText();
        String n = Api.unique();
        long before = staffInCounty();
        byte[] file = sheet(List.of(List.of("工号", "姓名", "单位编码", "科室", "人员类别", "岗位", "状态"),
                List.of("D" + n, "好行", code, "", "窗口人员", "", ""),
                List.of("E" + n, "坏单位", "NO-SUCH-UNIT", "", "窗口人员", "", ""),
                List.of("F" + n, "坏类别", code, "", "局长", "", ""),
                List.of("D" + n, "重复工号", code, "", "窗口人员", "", "")));
        Api.Reply r = upload(file, false);
        assertEquals(422, r.status(), r.text());
        JsonNode errors = r.json().path("errors");
        assertEquals(3, errors.size(), errors.toString());
        assertEquals(3, errors.get(0).path("row").asInt());
        assertEquals("单位编码", errors.get(0).path("column").asText());
        assertEquals(4, errors.get(1).path("row").asInt());
        assertEquals(5, errors.get(2).path("row").asInt());
        assertEquals(before, staffInCounty(), "all or nothing");
    }

    @Test
    void notASpreadsheetOrWrongHeader() throws IOException {
        Api.Reply junk = upload("这不是表格".getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
        assertEquals(400, junk.status());
        assertEquals("validation_failed", junk.error());
        Api.Reply header = upload(sheet(List.of(List.of("序号", "名字"), List.of("1", "x"))), false);
        assertEquals(400, header.status());
        assertTrue(header.text().contains("工号"), header.text());
    }
}
