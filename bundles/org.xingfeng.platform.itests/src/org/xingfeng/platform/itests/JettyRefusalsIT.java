package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What Jetty refuses by itself, before any of our code runs (paths it will not route, requests it cannot parse, headers
 * or URIs too large), and bodies far over the limit: each answers the conventions' JSON error body in the caller's
 * language, read over a raw socket as a hostile client sends it, and nothing changes.
 */
class JettyRefusalsIT {

    static String admin;

    @BeforeAll
    static void login() {
        Api.awaitReady();
        admin = Api.admin();
    }

    /** One answer read off a raw connection. */
    record Raw(int status, String headers, String body) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + status + " " + headers + "\n" + body, e);
            }
        }

        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    static Raw raw(byte[] head, long bodyBytes) throws IOException {
        URI base = URI.create(Api.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            // a careless client: sends all it announced before reading a word
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            for (long sent = 0; sent < bodyBytes; sent += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, bodyBytes - sent));
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    static Raw raw(String head) throws IOException {
        return raw(head.getBytes(StandardCharsets.ISO_8859_1), 0);
    }

    static Raw read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int end = -1;
        int length = -1;
        int n;
        while ((n = in.read(buf)) > 0) {
            all.write(buf, 0, n);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            if (end < 0 && (end = text.indexOf("\r\n\r\n")) >= 0) {
                for (String line : text.substring(0, end).split("\r\n")) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
            }
            if (end >= 0 && length >= 0 && all.size() >= end + 4 + length) {
                break;
            }
        }
        String text = all.toString(StandardCharsets.ISO_8859_1);
        end = text.indexOf("\r\n\r\n");
        assertTrue(end > 0, "an answer with headers, got: " + text);
        String headers = text.substring(0, end);
        int status = Integer.parseInt(headers.split(" ")[1]);
        byte[] bytes = all.toByteArray();
        String body = new String(bytes, end + 4, bytes.length - end - 4, StandardCharsets.UTF_8);
        return new Raw(status, headers, body);
    }

    static void jsonError(Raw r, int status, String code) {
        assertEquals(status, r.status(), r.headers() + "\n" + r.body());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.headers());
        assertEquals(code, r.json().path("error").asText(), r.body());
        assertFalse(r.json().path("message").asText().isBlank(), r.body());
        assertTrue(r.json().path("details").isArray(), r.body());
    }

    static String get(String target, String more) {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + more + "Connection: close\r\n\r\n";
    }

    @Test
    void pathsJettyWillNotRouteAnswerJson() throws IOException {
        for (String target : new String[] { "/api/v1/org/units/%2F1", "/api/v1/org/units/%001", "/api/v1/org/{x}",
                "/api/v1/org/%zz", "/api/v1/org/units/%2e%2e%2f%2e%2e%2fetc" }) {
            Raw r = raw(get(target, ""));
            assertTrue(r.status() == 400 || r.status() == 404, target + ": " + r.status());
            jsonError(r, r.status(), r.status() == 400 ? "bad_request" : "not_found");
        }
    }

    @Test
    void theRefusalSpeaksTheCallersLanguage() throws IOException {
        // Jetty drops the headers of a request it refuses at the request line: Chinese, the default, then
        jsonError(raw(get("/api/v1/org/units/%2F1", "Accept-Language: zh-CN\r\n")), 400, "bad_request");
        assertEquals("请求无效", raw(get("/api/v1/org/{x}", "")).json().path("message").asText());
        // what the container refuses has the headers read: in the caller's language
        Raw english = raw(get("/no-such-page/at-all", "Accept-Language: en-GB,en;q=0.9\r\n"));
        jsonError(english, 404, "not_found");
        assertEquals("no such resource", english.json().path("message").asText().toLowerCase(Locale.ROOT));
    }

    @Test
    void requestsJettyCannotParseAnswerJson() throws IOException {
        jsonError(raw("GARBAGE\r\n\r\n"), 400, "bad_request");
        jsonError(raw("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Name: x\r\n\r\n"), 400, "bad_request");
        jsonError(raw("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n"), 400, "bad_request");
    }

    @Test
    void headersAndUrisTooLargeAnswerJson() throws IOException {
        jsonError(raw(get("/health", "X-Big: " + "a".repeat(70_000) + "\r\n")), 431, "headers_too_large");
        jsonError(raw(get("/api/v1/" + "a".repeat(70_000), "")), 414, "uri_too_long");
    }

    @Test
    void aBodyFarOverTheLimitIsRefusedAndTheRefusalRead() throws IOException {
        long before = Fixtures.count(admin, "/api/v1/org/units");
        long size = 40L * 1024 * 1024; // forty times the limit, sent whole before the answer is read
        String head = "POST /api/v1/org/units HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + admin
                + "\r\nContent-Type: application/json\r\nAccept-Language: en\r\nContent-Length: " + size + "\r\n\r\n";
        Raw r = raw(head.getBytes(StandardCharsets.ISO_8859_1), size);
        jsonError(r, 413, "body_too_large");
        // refused for another reason before a byte is read (no such resource): that refusal is read too
        String nowhere = "POST /api/v1/no-such-resource HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                + "\r\nContent-Length: " + size + "\r\n\r\n";
        jsonError(raw(nowhere.getBytes(StandardCharsets.ISO_8859_1), size), 404, "not_found");
        // sent in chunks, without a length
        String chunked = "POST /api/v1/org/units HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + admin
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        Raw c = rawChunked(chunked, 24L * 1024 * 1024);
        jsonError(c, 413, "body_too_large");
        assertEquals(before, Fixtures.count(admin, "/api/v1/org/units"));
    }

    static Raw rawChunked(String head, long bodyBytes) throws IOException {
        URI base = URI.create(Api.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            // a JSON string that goes on and on: read until the limit stops it
            byte[] start = "{\"code\":\"X1\",\"name\":\"".getBytes(StandardCharsets.ISO_8859_1);
            out.write((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(start);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            for (long sent = 0; sent < bodyBytes; sent += chunk.length) {
                out.write(size);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        }
    }
}
