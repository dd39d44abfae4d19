import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A bad-input corpus made from the live list of operations (GET /api/v1/openapi.json), so that a new endpoint is
 * covered the day it is added: for every operation, requests without a token, with a forged and with an ended one,
 * with a staff member's token where the operation names roles, its path parameters malformed (letters, negative,
 * overflowing, injection strings), its typed query parameters malformed, and, where it takes a body, malformed,
 * deeply nested, wrongly encoded, wrongly typed, injection-laden and too large bodies. Every answer must be a 4xx
 * with the JSON error body (a citizens' page outside /api is a page whatever its code: there only no 5xx), and the
 * data must be as before (the counts of units, users and evaluations). Each kind of hostility is tried on every
 * operation, its variants taken in turn over the operations, which keeps the corpus near a thousand requests.
 * Usage: java -cp <the OpenAPI check's class path> HostileRequests.java BASE ADMIN_TOKEN STAFF_TOKEN ENDED_TOKEN.
 * Prints the tally and each failure; exits 1 on any.
 */
public class HostileRequests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String[] BAD_IDS = { "abc", "99999999999999999999999", "1%27%20OR%20%271%27=%271",
            "1%3BDROP%20TABLE%20PLT_UNIT", "%E4%B8%AD", "0x1F", "1.5" };
    static final String[] BAD_VALUES = { "abc", "99999999999999999999999", "2026-13-45", "%27%20OR%201=1--" };
    static final String[] INJECTIONS = { "' OR '1'='1", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")",
            "\u0000", "${jndi:ldap://x/a}" };

    record Hostile(String method, String path, String token, String contentType, byte[] body, String why) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = args[1];
        String staff = args[2];
        String ended = args[3];
        JsonNode doc = JSON.readTree(get(base + "/api/v1/openapi.json", null));
        Map<String, Long> before = counts(base, admin);
        List<Hostile> corpus = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> o = ops.next();
                String method = o.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                operations++;
                corpus(corpus, operations, method, p.getKey(), o.getValue(), admin, staff, ended);
            }
        }
        Map<String, Integer> tally = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Hostile h : corpus) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + h.path())).timeout(Duration.ofSeconds(60));
            if (h.token() != null) {
                b.header("Authorization", "Bearer " + h.token());
            }
            if (h.contentType() != null) {
                b.header("Content-Type", h.contentType());
            }
            b.method(h.method(), h.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(h.body()));
            int status;
            String body;
            try {
                HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
                status = r.statusCode();
                body = r.body();
                String type = r.headers().firstValue("Content-Type").orElse("");
                boolean jsonError = type.startsWith("application/json") && JSON.readTree(body).hasNonNull("error");
                // a citizens' page (outside /api) is a page for any code, its data asked for by the page: no 5xx
                boolean api = h.path().startsWith("/api/");
                if (status >= 500 || api && (status < 400 || !jsonError)) {
                    failures.add(h.method() + " " + h.path() + " (" + h.why() + "): " + status + " " + type + " "
                            + body.substring(0, Math.min(160, body.length())));
                }
            } catch (Exception e) {
                status = -1;
                failures.add(h.method() + " " + h.path() + " (" + h.why() + "): " + e);
            }
            tally.merge(status < 0 ? "no answer" : status / 100 + "xx", 1, Integer::sum);
        }
        Map<String, Long> after = counts(base, admin);
        if (!before.equals(after)) {
            failures.add("the data changed: before " + before + ", after " + after);
        }
        System.out.println("hostile requests: " + corpus.size() + " tried over " + operations + " operations, answers "
                + tally + ", " + failures.size() + " failures; data " + after);
        failures.stream().limit(60).forEach(f -> System.out.println("  FAIL " + f));
        System.exit(failures.isEmpty() && corpus.size() >= 500 ? 0 : 1);
    }

    /** The n-th operation's requests: each kind of hostility, its variants taken in turn over the operations. */
    static void corpus(List<Hostile> corpus, int n, String method, String template, JsonNode op, String admin,
            String staff, String ended) {
        boolean secured = !op.has("security") || op.path("security").size() > 0;
        boolean body = op.has("requestBody");
        String valid = template.replaceAll("\\{[^}]+\\}", "1");
        if (secured) {
            String[] tokens = { null, "forged.token.value", ended };
            String[] whys = { "no token", "forged token", "ended token" };
            for (int k = 0; k < 2; k++) {
                int i = (n + k) % 3;
                corpus.add(new Hostile(method, valid, tokens[i], json(body), body ? "{}".getBytes() : null, whys[i]));
            }
            String description = op.path("description").asText("");
            if (description.contains("administrator") || description.contains("Roles: admin")
                    || template.startsWith("/api/v1/admin") || template.startsWith("/api/v1/users")) {
                corpus.add(new Hostile(method, valid, staff, json(body), body ? "{}".getBytes() : null, "wrong role"));
            }
        }
        List<String> pathParams = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)\\}").matcher(template);
        while (m.find()) {
            pathParams.add(m.group(1));
        }
        Map<String, String> typed = new LinkedHashMap<>();
        for (JsonNode p : op.path("parameters")) {
            String type = p.path("schema").path("type").asText("");
            String format = p.path("schema").path("format").asText("");
            if ("query".equals(p.path("in").asText()) && (type.equals("integer") || format.equals("date")
                    || p.path("schema").has("enum"))) {
                typed.put(p.path("name").asText(), type + format);
            }
        }
        for (String param : pathParams) {
            for (int k = 0; k < 3; k++) {
                String bad = BAD_IDS[(n + k) % BAD_IDS.length];
                String path = template.replace("{" + param + "}", bad).replaceAll("\\{[^}]+\\}", "1");
                corpus.add(new Hostile(method, path, admin, json(body), body ? "{}".getBytes() : null,
                        "path " + param + "=" + bad));
            }
        }
        for (String q : typed.keySet()) {
            for (int k = 0; k < 2; k++) {
                String bad = BAD_VALUES[(n + k) % BAD_VALUES.length];
                corpus.add(new Hostile(method, valid + "?" + q + "=" + bad, admin, json(body),
                        body ? "{}".getBytes() : null, "query " + q + "=" + bad));
            }
        }
        if (body && !"multipart/form-data".equals(firstType(op))) {
            String json = "application/json";
            corpus.add(new Hostile(method, valid, admin, json, "{\"a\":".getBytes(), "malformed JSON"));
            corpus.add(new Hostile(method, valid, admin, json,
                    ("[".repeat(20_000) + "]".repeat(20_000)).getBytes(), "nested 20,000 deep"));
            corpus.add(new Hostile(method, valid, admin, json,
                    ("{\"a\":" .repeat(5_000) + "1" + "}".repeat(5_000)).getBytes(), "objects 5,000 deep"));
            corpus.add(new Hostile(method, valid, admin, json,
                    new byte[] { '{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' },
                    "invalid UTF-8"));
            corpus.add(new Hostile(method, valid, admin, json, "[1,2,3]".getBytes(), "an array for an object"));
            corpus.add(new Hostile(method, valid, admin, json, "\"text\"".getBytes(), "a string for an object"));
            corpus.add(new Hostile(method, valid, admin, "text/plain", "code=1".getBytes(), "wrong content type"));
            for (int k = 0; k < 2; k++) {
                String injection = INJECTIONS[(n + k) % INJECTIONS.length];
                corpus.add(new Hostile(method, valid, admin, json,
                        ("{\"id\":\"" + escape(injection) + "\",\"unitId\":\"" + escape(injection) + "\"}")
                                .getBytes(StandardCharsets.UTF_8),
                        "injection " + injection.replace("\u0000", "\\0")));
            }
            byte[] huge = new byte[3 * 1024 * 1024];
            java.util.Arrays.fill(huge, (byte) 'a');
            huge[0] = '"';
            corpus.add(new Hostile(method, valid, admin, json, huge, "3 MiB body"));
        }
    }

    static String firstType(JsonNode op) {
        Iterator<String> types = op.path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : "";
    }

    static String json(boolean body) {
        return body ? "application/json" : null;
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000");
    }

    /** What a refused request must not change. */
    static Map<String, Long> counts(String base, String admin) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (String list : List.of("/api/v1/org/units", "/api/v1/users?size=1", "/api/v1/evaluations?size=1")) {
            JsonNode n = JSON.readTree(get(base + list, admin));
            counts.put(list, n.has("total") ? n.path("total").asLong() : n.size());
        }
        return counts;
    }

    static String get(String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
