package org.xingfeng.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JDK's HTTP client as the benches use it: HTTP/1.1 keep-alive, one client for probes and one for load. */
final class Http {

    /** Readiness probes, logins, single calls. */
    static final HttpClient PROBE = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    /** The load client, shared by a server's rounds and the baseline's, so both pay the same client costs. */
    static final HttpClient LOAD = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpRequest get(String url, String token, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    static HttpRequest get(String url, String token) {
        return get(url, token, Duration.ofSeconds(60));
    }

    static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** A JSON request with a method and an optional token and body. */
    static HttpRequest json(String method, String url, String token, String body) {
        return json(method, url, token, body, Duration.ofSeconds(60));
    }

    /** As {@link #json(String, String, String, String)}, waiting up to {@code timeout} for the answer. */
    static HttpRequest json(String method, String url, String token, String body, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return PROBE.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The status, or -1 when the server does not answer (yet). */
    static int status(HttpRequest request) throws InterruptedException {
        try {
            return PROBE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    static String getOk(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = send(get(url, token));
        if (r.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static String getOrNull(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = send(get(url, token));
        return r.statusCode() == 200 ? r.body() : null;
    }

    /**
     * Logs in as admin. The first administrator is made just after the HTTP side comes up, so a first start may
     * answer 401 for a moment: retried every 2 s, at most 45 times (the server allows 30 logins a minute an address).
     */
    static String login(String base, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = null;
        for (int attempt = 0; attempt < 45; attempt++) {
            r = send(post(base + "/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"" + password + "\"}"));
            if (r.statusCode() != 401) {
                break;
            }
            Thread.sleep(2000);
        }
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IOException("login failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** A field's value in a flat JSON object (numbers and strings without escapes). */
    static String field(String json, String name) throws IOException {
        Matcher m = Pattern.compile("\"" + name + "\":(?:\"([^\"]*)\"|(-?\\d+|null))").matcher(json);
        if (!m.find()) {
            throw new IOException("no " + name + " in " + json);
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
