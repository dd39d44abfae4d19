package org.xingfeng.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the running server: JSON in and out, bearer tokens, and a wait for readiness. */
public final class Api {

    public static final String ADMIN_PASSWORD = System.getProperty("xingfeng.admin.password");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Boolean ready;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public record Reply(int status, String contentType, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        /** The stable error code of an error body. */
        public String error() {
            return json().path("error").asText();
        }
    }

    private Api() {
    }

    public static String base() {
        return "http://127.0.0.1:" + System.getProperty("org.osgi.service.http.port", "8080");
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Reply send(String method, String path, String token, String contentType, byte[] body,
            Map<String, String> headers) {
        return send(CLIENT, method, path, token, contentType, body, headers);
    }

    /**
     * Sends on a new connection. A server that refuses a body it has not read closes the connection, and a
     * pooled connection closed that way makes the next POST on it fail in the client before any answer.
     */
    public static Reply sendOnNewConnection(String method, String path, String token, String contentType, byte[] body,
            Map<String, String> headers) {
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return send(fresh, method, path, token, contentType, body, headers);
    }

    private static Reply send(HttpClient client, String method, String path, String token, String contentType,
            byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach((k, v) -> {
            if (k.equalsIgnoreCase("Expect")) {
                b.expectContinue(true); // the server may refuse a large upload before it is sent
            } else {
                b.header(k, v);
            }
        });
        b.method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static Reply get(String path, String token) {
        return send("GET", path, token, null, null, Map.of());
    }

    public static Reply post(String path, String token, String json) {
        return send("POST", path, token, "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                Map.of());
    }

    public static Reply put(String path, String token, String json) {
        return send("PUT", path, token, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Reply delete(String path, String token) {
        return send("DELETE", path, token, null, null, Map.of());
    }

    public static String login(String username, String password) {
        Reply r = post("/api/v1/auth/login", null, json(Map.of("username", username, "password", password)));
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r.status() + " " + r.text());
        }
        return r.json().path("token").asText();
    }

    public static String admin() {
        return login("admin", ADMIN_PASSWORD);
    }

    /**
     * Waits until every platform resource answers: the REST whiteboard adds resources one by one as their
     * components activate, so a 200 on one path does not mean the others are there yet.
     */
    public static synchronized void awaitReady() {
        if (ready != null) {
            if (!ready) {
                throw new AssertionError("server did not become ready (see the first failure) at " + base());
            }
            return;
        }
        ready = false;
        String[] paths = { "/api/v1/org/units", "/api/v1/users", "/api/v1/audit", "/api/v1/calendar/years",
                "/api/v1/modules" };
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            boolean all = tryStatus("POST", "/api/v1/auth/login", "{}") == 400
                    && tryStatus("GET", "/health", null) == 200;
            for (String p : paths) {
                all &= tryStatus("GET", p, null) == 401;
            }
            if (all) {
                ready = true;
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("server not ready within 90 s at " + base());
    }

    private static int tryStatus(String method, String path, String body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json");
            b.method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A suffix that keeps this run's codes and names apart from earlier runs on the same database. */
    public static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
