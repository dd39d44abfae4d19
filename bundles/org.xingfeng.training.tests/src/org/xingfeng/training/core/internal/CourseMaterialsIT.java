package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.training.core.internal.TrainingFixtures.API;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Course materials over HTTP: the officer uploads, staff read and download, the platform's type and size limits hold
 * (a program named like a slide deck, a file over the limit), another county's officer neither sees nor removes them,
 * and a file of another course is not this course's.
 */
class CourseMaterialsIT {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static String admin;
    static String officer;
    static String otherOfficer;
    static String staff;
    static long county;

    @BeforeAll
    static void setUp() {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        long other = Fixtures.createCounty(admin).path("id").asLong();
        officer = Fixtures.userAt(admin, "trn.f." + Api.unique(), List.of("training.officer"), county, null);
        otherOfficer = Fixtures.userAt(admin, "trn.g." + Api.unique(), List.of("training.officer"), other, null);
        staff = Fixtures.userAt(admin, "trn.h." + Api.unique(), List.of("staff"), county, null);
    }

    static String path(long course) {
        return API + "/courses/" + course + "/materials";
    }

    static Api.Reply upload(String token, long course, String name, byte[] bytes) {
        return Api.sendOnNewConnection("POST", path(course) + "?name=" + URLEncoder.encode(name,
                StandardCharsets.UTF_8), token, "application/octet-stream", bytes, Map.of());
    }

    static long course() {
        return TrainingFixtures.course(officer, county, "资料课程" + Api.unique(), "2026-03-02", "2026-03-06")
                .path("id").asLong();
    }

    @Test
    void theOfficerUploadsAndStaffReadAndDownload() {
        long course = course();
        JsonNode f = TrainingFixtures.ok(upload(officer, course, "讲义/医保政策讲义.pdf", PDF), 201, "upload");
        assertEquals("医保政策讲义.pdf", f.path("name").asText(), "the path is dropped");
        assertEquals("application/pdf", f.path("mediaType").asText());
        assertEquals(PDF.length, f.path("size").asInt());
        assertEquals("training", f.path("module").asText());
        JsonNode list = TrainingFixtures.ok(Api.get(path(course), staff), 200, "list");
        assertEquals(1, list.size());
        Api.Reply download = Api.get(path(course) + "/" + f.path("id").asLong(), staff);
        assertEquals(200, download.status());
        assertArrayEquals(PDF, download.bytes());
        assertTrue(download.contentType().startsWith("application/pdf"), download.contentType());
        assertEquals(200, Api.get(path(course) + "?format=xlsx", officer).status());
        assertEquals(403, upload(staff, course, "x.pdf", PDF).status(), "staff read, never write");
        assertEquals(403, Api.delete(path(course) + "/" + f.path("id").asLong(), staff).status());
        assertEquals(204, Api.delete(path(course) + "/" + f.path("id").asLong(), officer).status());
        assertEquals(0, Api.get(path(course), officer).json().size());
    }

    @Test
    void typeAndSizeLimitsHoldAndNothingIsStored() {
        long course = course();
        byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
        Api.Reply r = upload(officer, course, "课件.pptx", exe);
        assertEquals(415, r.status(), r.text());
        assertEquals("file_type_not_allowed", r.json().path("error").asText());
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, 9);
        r = upload(officer, course, "big.pdf", big);
        assertEquals(413, r.status(), r.text());
        assertEquals(400, upload(officer, course, "", PDF).status(), "a name is needed");
        assertEquals(0, Api.get(path(course), officer).json().size(), "nothing stored");
    }

    @Test
    void anotherCountyAndAnotherCourseSeeNothing() {
        long course = course();
        long second = course();
        long id = TrainingFixtures.ok(upload(officer, course, "a.pdf", PDF), 201, "upload").path("id").asLong();
        assertEquals(404, Api.get(path(course), otherOfficer).status());
        assertEquals(404, Api.get(path(course) + "/" + id, otherOfficer).status());
        assertEquals(404, upload(otherOfficer, course, "b.pdf", PDF).status());
        assertEquals(404, Api.delete(path(course) + "/" + id, otherOfficer).status());
        assertEquals(404, Api.get(path(second) + "/" + id, officer).status(), "not the second course's file");
        assertEquals(404, Api.delete(path(second) + "/" + id, officer).status());
        assertEquals(1, Api.get(path(course), officer).json().size(), "still there");
    }
}
