package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.demands.core.internal.DemandsFixtures.API;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.platform.testing.ReachMatrix;

import com.fasterxml.jackson.databind.JsonNode;

/** A 12345 hotline's spreadsheet export imported all or nothing, every bad row reported, a dry run storing nothing. */
class HotlineImportIT {

    static final List<String> HEADER = List.of("工单号", "受理日期", "单位编码", "类别", "主题", "诉求内容", "诉求人", "联系电话");
    static String root;
    static long county;
    static String code;

    @BeforeAll
    static void world() {
        Api.awaitReady();
        root = Api.admin();
        JsonNode c = Fixtures.createCounty(root);
        county = c.path("id").asLong();
        code = c.path("code").asText();
    }

    static Api.Reply upload(byte[] xlsx, boolean dryRun) {
        return Api.send("POST", API + "/import" + (dryRun ? "?dryRun=true" : ""), root, ReachMatrixXlsx.TYPE, xlsx,
                Map.of());
    }

    static long count() {
        return Api.get(API + "?unitId=" + county, root).json().path("total").asLong();
    }

    @Test
    void aBadRowStoresNothingAndIsReportedAGoodFileIsImportedOnce() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String a = "H" + Api.unique();
        String b = "H" + Api.unique();
        List<List<String>> good = List.of(List.of(a, today, code, "咨询", "缴费标准", "咨询城乡居民医保缴费标准", "李四", "13800001111"),
                List.of(b, today, code, "投诉", "窗口态度", "窗口人员态度生硬", "", ""));
        List<List<String>> bad = List.of(good.get(0), List.of(b, "昨天", "NOPE", "闲聊", "", "内容", "", "phone"),
                List.of(a, today, code, "咨询", "重复", "重复工单", "", ""));
        Api.Reply refused = upload(ReachMatrix.xlsx(HEADER, bad), false);
        assertEquals(422, refused.status(), refused.text());
        JsonNode errors = refused.json().path("errors");
        String text = errors.toString();
        assertTrue(text.contains("受理日期") && text.contains("单位编码") && text.contains("类别") && text.contains("主题")
                && text.contains("联系电话") && text.contains("工单号"), text);
        for (JsonNode e : errors) {
            assertTrue(e.path("row").asInt() == 3 || e.path("row").asInt() == 4, e.toString());
        }
        assertEquals(0, count(), "nothing stored");

        Api.Reply dry = upload(ReachMatrix.xlsx(HEADER, good), true);
        assertEquals(200, dry.status(), dry.text());
        assertEquals(0, count(), "a dry run stores nothing");
        Api.Reply done = upload(ReachMatrix.xlsx(HEADER, good), false);
        assertEquals(200, done.status(), done.text());
        assertEquals(2, done.json().path("created").asInt());
        assertEquals(2, count());
        JsonNode items = Api.get(API + "?unitId=" + county, root).json().path("items");
        assertEquals("HOTLINE_12345", items.get(0).path("channel").asText());
        Api.Reply again = upload(ReachMatrix.xlsx(HEADER, good), false);
        assertEquals(422, again.status(), "the same tickets again: " + again.text());
        assertEquals(2, count());
        Api.Reply noColumns = upload(ReachMatrix.xlsx(List.of("编号"), List.of(List.of("1"))), false);
        assertEquals(422, noColumns.status());
    }

    /** The content type of an XLSX upload. */
    static final class ReachMatrixXlsx {
        static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
