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
 * operation, its variants taken in turn over the operations, which keeps the corpus near a thousand requests. Every
 * operation whose body may be an XLSX file (found in the document by its media type) also gets hostile spreadsheets: a
 * zip bomb, a merged region over 60,000 rows and every column, a huge shared-strings table, a truncated zip and a file
 * that is no spreadsheet at all, as the body and, where it takes a form, as the form's file; each must be refused with
 * the JSON 4xx within a second, and the server must answer /health right after it.
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

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    record Hostile(String method, String path, String token, String contentType, byte[] body, String why) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = args[1];
        String staff = args[2];
        String ended = args[3];
        JsonNode doc = JSON.readTree(get(base + "/api/v1/openapi.json", null));
        JsonNode units = JSON.readTree(get(base + "/api/v1/org/units", admin));
        JsonNode first = units.has("items") ? units.path("items").path(0) : units.path(0);
        long unit;
        if (first.has("id")) {
            unit = first.path("id").asLong();
        } else { // a unit the administrator reaches, so that an upload to a unit is refused for its file
            HttpResponse<String> made = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/org/units"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"HOSTILE\",\"name\":\"恶意输入测试局\","
                            + "\"level\":\"CITY\"}", StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString());
            unit = JSON.readTree(made.body()).path("id").asLong(1);
        }
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
        List<Hostile> sheets = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> o = ops.next();
                JsonNode content = o.getValue().path("requestBody").path("content");
                if (content.has(XLSX)) {
                    // a unit the administrator reaches, so that the file itself is what is refused
                    String path = p.getKey().replaceAll("\\{unitId\\}", Long.toString(unit))
                            .replaceAll("\\{[^}]+\\}", "1");
                    for (Map.Entry<String, byte[]> bad : BadSheets.all().entrySet()) {
                        sheets.add(new Hostile(o.getKey().toUpperCase(), path, admin, XLSX, bad.getValue(),
                                bad.getKey()));
                        if (content.has("multipart/form-data")) {
                            String boundary = "hostile" + Long.toHexString(System.nanoTime());
                            sheets.add(new Hostile(o.getKey().toUpperCase(), path, admin,
                                    "multipart/form-data; boundary=" + boundary,
                                    BadSheets.form(boundary, bad.getValue()), bad.getKey() + ", as a form's file"));
                        }
                    }
                }
            }
        }
        Map<String, Integer> tally = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        for (Hostile h : sheets) {
            HttpResponse<String> r = null;
            long millis = Long.MAX_VALUE;
            // the time limit is a second; on a crowded machine the slower of two tries may be the machine's
            for (int attempt = 0; attempt < 2 && millis > 1000; attempt++) {
                long t0 = System.nanoTime();
                try {
                    r = HTTP.send(request(base, h), HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    r = null;
                    failures.add(h.method() + " " + h.path() + " (" + h.why() + "): " + e);
                    break;
                }
                millis = Math.min(millis, (System.nanoTime() - t0) / 1_000_000);
            }
            int status = r == null ? -1 : r.statusCode();
            tally.merge(status < 0 ? "no answer" : status / 100 + "xx", 1, Integer::sum);
            if (r != null) {
                slowest = Math.max(slowest, millis);
                String type = r.headers().firstValue("Content-Type").orElse("");
                // the JSON error, or an import's report of what is wrong with the file (422)
                JsonNode answer = type.startsWith("application/json") ? JSON.readTree(r.body()) : null;
                boolean jsonError = answer != null && (answer.hasNonNull("error") || answer.path("errors").size() > 0);
                if (status < 400 || status >= 500 || !jsonError || millis > 1000) {
                    failures.add(h.method() + " " + h.path() + " (" + h.why() + "): " + status + " in " + millis
                            + " ms " + r.body().substring(0, Math.min(160, r.body().length())));
                }
            }
            long t0 = System.nanoTime();
            int health = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (health != 200) {
                failures.add("/health after " + h.why() + " at " + h.path() + ": " + health + " in "
                        + (System.nanoTime() - t0) / 1_000_000 + " ms");
            }
        }
        System.out.println("hostile spreadsheets: " + sheets.size() + " tried over "
                + sheets.stream().map(Hostile::path).distinct().count() + " operations taking XLSX, answers " + tally
                + ", slowest " + slowest + " ms");
        corpus.addAll(sheets); // counted with the rest
        for (Hostile h : corpus.subList(0, corpus.size() - sheets.size())) {
            int status;
            String body;
            try {
                HttpResponse<String> r = HTTP.send(request(base, h), HttpResponse.BodyHandlers.ofString());
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

    static HttpRequest request(String base, Hostile h) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + h.path())).timeout(Duration.ofSeconds(60));
        if (h.token() != null) {
            b.header("Authorization", "Bearer " + h.token());
        }
        if (h.contentType() != null) {
            b.header("Content-Type", h.contentType());
        }
        b.method(h.method(), h.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(h.body()));
        return b.build();
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

/** Hostile spreadsheets, made here so that the corpus carries no binary files. */
final class BadSheets {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private BadSheets() {
    }

    /** Each with what it is. */
    static Map<String, byte[]> all() throws java.io.IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("zip bomb: a sheet of 300 MB of rows in a small file", bomb());
        m.put("a merged region over 60,000 rows and every column", xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "</row>", "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD60000\"/></mergeCells>"), strings(1)));
        m.put("a shared-strings table of 2,000,000 strings", xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "</row>", ""), strings(2_000_000)));
        byte[] valid = xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", ""), strings(1));
        m.put("a truncated zip", java.util.Arrays.copyOf(valid, valid.length * 2 / 3));
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
                0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89 };
        m.put("an image sent as XLSX", png);
        return m;
    }

    /** A multipart form with the file in the part "file". */
    static byte[] form(String boundary, byte[] file) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.xlsx\"\r\n"
                + "Content-Type: " + HostileRequests.XLSX + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static String sheet(String rows, String after) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN
                + "\"><sheetData>" + rows + "</sheetData>" + after + "</worksheet>";
    }

    static String strings(int n) {
        StringBuilder b = new StringBuilder(n * 24 + 200);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"").append(MAIN)
                .append("\" count=\"").append(n).append("\" uniqueCount=\"").append(n).append("\">");
        for (int i = 0; i < n; i++) {
            b.append("<si><t>事项").append(i).append("</t></si>");
        }
        return b.append("</sst>").toString();
    }

    static byte[] xlsx(String sheet, String strings) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            frame(zip);
            entry(zip, "xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));
            entry(zip, "xl/sharedStrings.xml", strings.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Rows of real cells (not blanks, which inflate past POI's ratio guard at once): 300 MB of XML. */
    static byte[] bomb() throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            frame(zip);
            entry(zip, "xl/sharedStrings.xml", strings(1).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            String head = sheet("", "");
            zip.write(head.substring(0, head.indexOf("</sheetData>")).getBytes(StandardCharsets.UTF_8));
            byte[] row = "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>0</v></c><c t=\"s\"><v>0</v></c></row>"
                    .getBytes(StandardCharsets.UTF_8);
            byte[] block = new byte[row.length * 10_000];
            for (int i = 0; i < 10_000; i++) {
                System.arraycopy(row, 0, block, i * row.length, row.length);
            }
            for (long written = 0; written < 300L << 20; written += block.length) {
                zip.write(block);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static void frame(java.util.zip.ZipOutputStream zip) throws java.io.IOException {
        String ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        entry(zip, "[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ct + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ct + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + ct + "sharedStrings+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        entry(zip, "_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns="
                + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        entry(zip, "xl/workbook.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\""
                + MAIN + "\" xmlns:r=\"" + rel + "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "</sheets></workbook>").getBytes(StandardCharsets.UTF_8));
        entry(zip, "xl/_rels/workbook.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
    }

    static void entry(java.util.zip.ZipOutputStream zip, String name, byte[] content) throws java.io.IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
