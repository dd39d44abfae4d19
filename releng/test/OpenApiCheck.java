import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Checks a running server's OpenAPI document (GET /api/v1/openapi.json) with swagger-parser: it parses without a
 * message, holds every operation the REST runtime answers (GET /api/v1/docs) and the submission servlet, and agrees
 * with the README's REST tables both ways (every operation in a table row, every row's operation in the document).
 * Usage: java -cp <swagger-parser's class path> OpenApiCheck.java BASE TOKEN README. Prints what it found; exits 1
 * on any mismatch.
 */
public class OpenApiCheck {

    static final Pattern DOCUMENTED = Pattern.compile("`(GET|POST|PUT|DELETE|PATCH) (/[^`?\\s]*)");
    static final Pattern TEMPLATE = Pattern.compile("\\{([^}:\\s]+)\\s*(:[^}]*)?\\}");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        Path readme = Path.of(args[2]);
        HttpClient http = HttpClient.newHttpClient();
        String json = get(http, base + "/api/v1/openapi.json", null);

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        List<String> failures = new java.util.ArrayList<>();
        if (result.getMessages() != null && !result.getMessages().isEmpty()) {
            failures.add("parser messages: " + result.getMessages());
        }
        OpenAPI api = result.getOpenAPI();
        if (api == null || api.getPaths() == null) {
            System.out.println("not an OpenAPI document: " + result.getMessages());
            System.exit(1);
        }
        Set<String> described = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> described.add(method.name() + " " + path)));
        Set<String> unnamed = new TreeSet<>(); // a README row may name a path parameter differently: {id} for {unitId}
        described.forEach(op -> unnamed.add(unnamed(op)));

        Set<String> runtime = new TreeSet<>();
        for (JsonNode e : new ObjectMapper().readTree(get(http, base + "/api/v1/docs", token))) {
            runtime.add(e.path("method").asText() + " " + TEMPLATE.matcher(e.path("path").asText()).replaceAll("{$1}"));
        }
        for (String op : runtime) {
            if (!described.contains(op)) {
                failures.add("the runtime answers " + op + " but the document lacks it");
            }
        }
        if (!described.contains("POST /api/v1/evaluations/submissions")) {
            failures.add("the submission servlet is not in the document");
        }

        // A row names API operations relative to /api/v1 and pages whole: a path is whole when it starts with /api/ or
        // its first segment is one the runtime answers outside the API (so a new page needs no list here).
        Set<String> pageRoots = new TreeSet<>();
        for (String op : runtime) {
            String path = op.substring(op.indexOf(' ') + 1);
            if (!path.startsWith("/api/") && !root(path).isEmpty()) {
                pageRoots.add(root(path));
            }
        }
        Set<String> rows = new TreeSet<>();
        for (String line : Files.readAllLines(readme)) {
            if (!line.startsWith("| `")) {
                continue;
            }
            Matcher m = DOCUMENTED.matcher(line);
            while (m.find()) {
                String path = m.group(2);
                boolean full = path.startsWith("/api/") || pageRoots.contains(root(path));
                rows.add(m.group(1) + " " + (full ? path : "/api/v1" + path));
            }
        }
        Set<String> unnamedRows = new TreeSet<>();
        rows.forEach(row -> unnamedRows.add(unnamed(row)));
        for (String op : described) {
            if (!unnamedRows.contains(unnamed(op))) {
                failures.add("the README's tables lack " + op);
            }
        }
        for (String row : rows) {
            if (!unnamed.contains(unnamed(row))) {
                failures.add("the README's tables name " + row + ", which the document lacks");
            }
        }
        System.out.println("OpenAPI " + api.getOpenapi() + ": " + described.size() + " operations, " + runtime.size()
                + " from the REST runtime, " + rows.size() + " in the README's tables, "
                + (api.getComponents().getSchemas() == null ? 0 : api.getComponents().getSchemas().size()) + " schemas");
        failures.forEach(f -> System.out.println("  " + f));
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    static String root(String path) {
        return path.substring(1).split("/", 2)[0];
    }

    static String unnamed(String operation) {
        return operation.replaceAll("\\{[^}]*\\}", "{}");
    }

    static String get(HttpClient http, String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
