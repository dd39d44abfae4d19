package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.demands.core.internal.DemandsFixtures.API;
import static org.xingfeng.demands.core.internal.DemandsFixtures.ok;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.demands.api.DemandsRoles;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Attachments of demands and their steps over HTTP, kept by the platform's files: the type read from the content (a
 * program named like a photo is refused), the configured size (a JSON 413), names without their paths, a download
 * under its Chinese name, another county's files out of reach, concurrent uploads, removal by the uploader only.
 */
class AttachmentsIT {

    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D',
            'R' };

    static String root;
    static long county;
    static long office;
    static String officer;
    static String handler;
    static String otherOfficer;

    @BeforeAll
    static void world() {
        Api.awaitReady();
        root = Api.admin();
        county = Fixtures.createCounty(root).path("id").asLong();
        office = DemandsFixtures.section(root, county, "办公室");
        officer = Fixtures.userAt(root, "dm.f." + Api.unique(), List.of(DemandsRoles.OFFICER, "staff"), county, null);
        handler = DemandsFixtures.member(root, county, office, DemandsRoles.HANDLER);
        long other = Fixtures.createCounty(root).path("id").asLong();
        otherOfficer = Fixtures.userAt(root, "dm.g." + Api.unique(), List.of(DemandsRoles.OFFICER, "staff"), other,
                null);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static Api.Reply send(String token, long demand, Long step, String name, byte[] bytes) {
        String path = API + "/" + demand + "/attachments?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + (step == null ? "" : "&stepId=" + step);
        return Api.send("POST", path, token, "application/octet-stream", bytes, Map.of());
    }

    static JsonNode upload(String token, long demand, Long step, String name, byte[] bytes) {
        return ok(send(token, demand, step, name, bytes), 201, "upload " + name);
    }

    static long demand() {
        return DemandsFixtures.register(officer, county, "HELP", "路灯不亮" + Api.unique(), today()).path("id").asLong();
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static JsonNode list(String token, long demand) {
        return ok(Api.get(API + "/" + demand + "/attachments", token), 200, "attachments");
    }

    /** A part of a browser form: a field's text, or a file when {@code fileName} is given. */
    record Part(String name, String fileName, String type, byte[] bytes) {
        static Part text(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        static Part file(String fileName, String type, byte[] bytes) {
            return new Part("file", fileName, type, bytes);
        }
    }

    /** Posts the parts as {@code multipart/form-data}, the file name in UTF-8 as browsers send it. */
    static Api.Reply form(String token, long demand, boolean newConnection, Part... parts) {
        String boundary = "----xingfeng" + Api.unique();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + p.name() + "\"");
            if (p.fileName() != null) {
                head.append("; filename=\"").append(p.fileName()).append('"');
            }
            head.append("\r\n");
            if (p.type() != null) {
                head.append("Content-Type: ").append(p.type()).append("\r\n");
            }
            head.append("\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        String type = "multipart/form-data; boundary=" + boundary;
        String path = API + "/" + demand + "/attachments";
        return newConnection ? Api.sendOnNewConnection("POST", path, token, type, body.toByteArray(), Map.of())
                : Api.send("POST", path, token, type, body.toByteArray(), Map.of());
    }

    /** A PDF whose bytes hold every byte value, line ends and the form's own boundary-like text. */
    static byte[] awkwardPdf() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        java.util.Random random = new java.util.Random(19);
        for (int i = 0; i < 3; i++) {
            for (int b = 0; b < 256; b++) {
                out.write(b);
            }
            out.writeBytes("\r\n------xingfeng\r\n--\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] noise = new byte[40_000];
            random.nextBytes(noise);
            out.writeBytes(noise);
        }
        out.writeBytes("\n%%EOF\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void aFormUploadRoundTripsByteForByteUnderItsChineseName() throws Exception {
        long id = demand();
        byte[] pdf = awkwardPdf();
        JsonNode f = ok(form(officer, id, false, Part.text("note", "忽略"), Part.file("现场 记录.pdf",
                "application/pdf", pdf)), 201, "form upload");
        assertEquals("现场 记录.pdf", f.path("name").asText(), f.toString());
        assertEquals("application/pdf", f.path("mediaType").asText());
        assertEquals(pdf.length, f.path("size").asInt());
        assertEquals(sha256(pdf), f.path("sha256").asText());
        assertEquals("demand", f.path("kind").asText());

        JsonNode listed = list(handler, id);
        assertEquals(1, listed.size(), listed.toString());
        assertEquals(f.path("id").asLong(), listed.get(0).path("id").asLong());
        assertEquals("现场 记录.pdf", listed.get(0).path("name").asText());
        Api.Reply back = Api.get(API + "/" + id + "/attachments/" + f.path("id").asLong(), handler);
        assertEquals(200, back.status());
        assertArrayEquals(pdf, back.bytes(), "the same bytes back");

        // a name part names the file; a stepId part attaches it to the step
        long step = ok(Api.get(API + "/" + id + "/history", officer), 200, "history").get(0).path("id").asLong();
        JsonNode onStep = ok(form(officer, id, false, Part.text("name", "登记照片.png"),
                Part.text("stepId", String.valueOf(step)), Part.file("IMG_0001.png", "image/png", PNG)), 201,
                "form upload to a step");
        assertEquals("登记照片.png", onStep.path("name").asText());
        assertEquals("step", onStep.path("kind").asText());
        assertEquals(String.valueOf(step), onStep.path("ownerId").asText());
        assertArrayEquals(PNG,
                Api.get(API + "/" + id + "/attachments/" + onStep.path("id").asLong(), officer).bytes());
        assertEquals(2, list(officer, id).size());
    }

    @Test
    void aFormWithoutAFileOrWithABadOneChangesNothing() {
        long id = demand();
        Api.Reply noFile = form(officer, id, false, Part.text("name", "x.png"));
        assertEquals(400, noFile.status(), noFile.text());
        assertTrue(noFile.contentType().startsWith("application/json"), noFile.contentType());
        assertEquals("file", noFile.json().path("details").get(0).path("field").asText(), noFile.text());

        byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };
        Api.Reply program = form(officer, id, false, Part.file("照片.jpg", "image/jpeg", exe));
        assertEquals(415, program.status(), program.text());
        assertEquals("file_type_not_allowed", program.json().path("error").asText());
        assertEquals("file", program.json().path("details").get(0).path("field").asText(), program.text());

        Api.Reply badStep = form(officer, id, false, Part.text("stepId", "abc"), Part.file("x.png", "image/png",
                PNG));
        assertEquals(400, badStep.status(), badStep.text());
        assertEquals("stepId", badStep.json().path("details").get(0).path("field").asText());

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, big, 0, head.length);
        Api.Reply tooBig = form(officer, id, true, Part.file("big.pdf", "application/pdf", big));
        assertEquals(413, tooBig.status(), tooBig.text());
        assertTrue(tooBig.contentType().startsWith("application/json"), tooBig.contentType());
        assertEquals("file_too_large", tooBig.json().path("error").asText());
        assertEquals("file", tooBig.json().path("details").get(0).path("field").asText(), tooBig.text());

        assertEquals(404, form(otherOfficer, id, false, Part.file("x.png", "image/png", PNG)).status(),
                "another county's demand");
        assertEquals(0, list(officer, id).size(), "nothing stored");
    }

    @Test
    void aPhotoIsKeptWithItsHashAndDownloadedUnderItsChineseName() throws Exception {
        long id = demand();
        JsonNode f = upload(officer, id, null, "../../etc/现场照片 1.png", PNG);
        assertEquals("现场照片 1.png", f.path("name").asText(), "the path is dropped");
        assertEquals("image/png", f.path("mediaType").asText());
        assertEquals(PNG.length, f.path("size").asInt());
        assertEquals(sha256(PNG), f.path("sha256").asText());
        assertEquals("demand", f.path("kind").asText());
        assertEquals(String.valueOf(id), f.path("ownerId").asText());
        assertTrue(f.path("uploadedBy").asText().startsWith("dm.f."), f.toString());

        JsonNode listed = list(handler, id);
        assertEquals(1, listed.size());
        assertEquals(f.path("id").asLong(), listed.get(0).path("id").asLong());

        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(Api.base() + API + "/" + id + "/attachments/" + f.path("id").asLong()))
                .header("Authorization", "Bearer " + handler).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertArrayEquals(PNG, r.body());
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        String disposition = r.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\"____ 1.png\""), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode("现场照片 1.png", StandardCharsets.UTF_8)
                .replace("+", "%20")), disposition);

        String audit = Api.get("/api/v1/audit?entityType=platform.file&entityId=" + f.path("id").asLong(), root)
                .text();
        assertTrue(audit.contains("\"store\""), audit);

        Api.Reply sheet = Api.get(API + "/" + id + "/attachments?format=xlsx", officer);
        assertEquals(200, sheet.status());
    }

    @Test
    void aProgramNamedLikeAPhotoIsRefusedByItsContent() {
        long id = demand();
        byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };
        Api.Reply r = send(officer, id, null, "照片.jpg", exe);
        assertEquals(415, r.status(), r.text());
        assertEquals("file_type_not_allowed", r.json().path("error").asText());
        assertEquals("file", r.json().path("details").get(0).path("field").asText(), r.text());
        // a zip that is no Office document, named as one
        byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0 };
        assertEquals(415, send(officer, id, null, "报告.docx", zip).status());
        assertEquals(0, list(officer, id).size(), "nothing stored");
    }

    @Test
    void aFileOverTheLimitIsAJson413AndNothingIsStored() {
        long id = demand();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, big, 0, head.length);
        Api.Reply r = Api.sendOnNewConnection("POST", API + "/" + id + "/attachments?name=big.pdf", officer,
                "application/octet-stream", big, Map.of());
        assertEquals(413, r.status(), r.text());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        assertEquals("file_too_large", r.json().path("error").asText());
        assertEquals(0, list(officer, id).size(), "nothing stored");
    }

    @Test
    void badNamesAndEmptyFilesAre400NamingTheField() {
        long id = demand();
        Api.Reply noName = send(officer, id, null, "../..", PNG);
        assertEquals(400, noName.status(), noName.text());
        assertEquals("name", noName.json().path("details").get(0).path("field").asText());
        Api.Reply empty = send(officer, id, null, "空.txt", new byte[0]);
        assertEquals(400, empty.status(), empty.text());
        assertEquals("file", empty.json().path("details").get(0).path("field").asText());
        Api.Reply good = send(officer, id, null, "x.png", PNG);
        assertEquals(201, good.status(), good.text());
        Api.Reply stepText = Api.send("POST", API + "/" + id + "/attachments?name=x.png&stepId=abc", officer,
                "application/octet-stream", PNG, Map.of());
        assertEquals(400, stepText.status(), stepText.text());
        assertEquals("stepId", stepText.json().path("details").get(0).path("field").asText());
    }

    @Test
    void stepsCarryTheirOwnAttachmentsAndAnotherDemandsStepIsNotFound() {
        long id = demand();
        long other = demand();
        long step = ok(Api.get(API + "/" + id + "/history", officer), 200, "history").get(0).path("id").asLong();
        JsonNode f = upload(officer, id, step, "答复函.pdf", "%PDF-1.4\n答复".getBytes(StandardCharsets.UTF_8));
        assertEquals("step", f.path("kind").asText());
        assertEquals(String.valueOf(step), f.path("ownerId").asText());
        assertEquals(1, list(officer, id).size());
        assertEquals(404, send(officer, other, step, "x.png", PNG).status(), "a step of another demand");
        // a file of one demand asked for through another
        assertEquals(404, Api.get(API + "/" + other + "/attachments/" + f.path("id").asLong(), officer).status());
    }

    @Test
    void anotherCountysAttachmentsAreOutOfReach() {
        long id = demand();
        long fileId = upload(officer, id, null, "来信.txt", "市民来信".getBytes(StandardCharsets.UTF_8)).path("id")
                .asLong();
        assertEquals(404, send(otherOfficer, id, null, "x.png", PNG).status());
        assertEquals(404, Api.get(API + "/" + id + "/attachments", otherOfficer).status());
        assertEquals(404, Api.get(API + "/" + id + "/attachments/" + fileId, otherOfficer).status());
        assertEquals(404, Api.delete(API + "/" + id + "/attachments/" + fileId, otherOfficer).status());
        // the other county's own demand does not open this county's file either
        long theirs = DemandsFixtures.register(root, Fixtures.createCounty(root).path("id").asLong(), "HELP", "他县",
                today()).path("id").asLong();
        assertEquals(404, Api.get(API + "/" + theirs + "/attachments/" + fileId, otherOfficer).status());
        assertEquals(1, list(officer, id).size(), "still there");
    }

    @Test
    void concurrentUploadsAreEachKeptWhole() throws Exception {
        long id = demand();
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<JsonNode>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                byte[] text = ("第" + i + "份材料 " + "内容".repeat(i * 100)).getBytes(StandardCharsets.UTF_8);
                String name = "材料" + i + ".txt";
                done.add(pool.submit(() -> upload(officer, id, null, name, text)));
            }
            Set<Long> ids = new HashSet<>();
            for (int i = 0; i < n; i++) {
                JsonNode f = done.get(i).get();
                ids.add(f.path("id").asLong());
                byte[] text = ("第" + i + "份材料 " + "内容".repeat(i * 100)).getBytes(StandardCharsets.UTF_8);
                assertEquals(sha256(text), f.path("sha256").asText());
                Api.Reply back = Api.get(API + "/" + id + "/attachments/" + f.path("id").asLong(), officer);
                assertArrayEquals(text, back.bytes());
            }
            assertEquals(n, ids.size());
            assertEquals(n, list(officer, id).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheUploaderRemovesAFileAndAClosedDemandKeepsItsFiles() {
        long id = demand();
        long fileId = upload(handler, id, null, "核实记录.txt", "已核实".getBytes(StandardCharsets.UTF_8)).path("id")
                .asLong();
        Api.Reply notHis = Api.delete(API + "/" + id + "/attachments/" + fileId, officer);
        assertEquals(403, notHis.status(), notHis.text());
        assertEquals("not_uploader", notHis.json().path("error").asText());
        assertEquals(204, Api.delete(API + "/" + id + "/attachments/" + fileId, handler).status());
        assertEquals(404, Api.get(API + "/" + id + "/attachments/" + fileId, handler).status());
        assertEquals(0, list(officer, id).size());
        String audit = Api.get("/api/v1/audit?entityType=platform.file&entityId=" + fileId, root).text();
        assertTrue(audit.contains("\"delete\""), audit);

        long closed = DemandsFixtures.inState(root, county, office, "CLOSED", today());
        Api.Reply r = send(officer, closed, null, "迟到.png", PNG);
        assertEquals(409, r.status(), r.text());
        assertEquals("demand_closed", r.json().path("error").asText());
    }
}
