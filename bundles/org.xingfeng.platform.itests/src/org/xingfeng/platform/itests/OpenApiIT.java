package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.ReadmeRest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The OpenAPI document is generated from the running REST runtime: it holds every operation the runtime answers
 * (the API index), follows resources that come and go, and agrees with the README's platform tables both ways.
 * (The full server's document, with every module, is parsed with an OpenAPI parser by the product test.)
 */
class OpenApiIT {

    static final String DOC = "/api/v1/openapi.json";
    static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @BeforeAll
    static void ready() {
        Api.awaitReady();
    }

    @Test
    void theDocumentIsOpenToAnybodyAndDescribesTheRecords() {
        Api.Reply r = Api.get(DOC, null);
        assertEquals(200, r.status(), r.text());
        JsonNode doc = r.json();
        assertEquals("3.0.3", doc.path("openapi").asText());
        JsonNode schemas = doc.path("components").path("schemas");
        assertTrue(schemas.has("ErrorBody") && schemas.has("FieldError"), schemas.toString());
        assertEquals("#/components/schemas/FieldError",
                schemas.path("ErrorBody").path("properties").path("details").path("items").path("$ref").asText());
        JsonNode login = doc.path("paths").path("/api/v1/auth/login").path("post");
        String loginBody = login.path("requestBody").path("content").path("application/json").path("schema")
                .path("$ref").asText();
        assertTrue(loginBody.startsWith("#/components/schemas/"), login.toString());
        assertTrue(schemas.has(loginBody.substring("#/components/schemas/".length())), loginBody);
        assertEquals(0, login.path("security").size(), "login is open: " + login);
        JsonNode health = doc.path("paths").path("/health").path("get");
        assertEquals("#/components/schemas/HealthResourceHealth",
                health.path("responses").path("200").path("content").path("application/json").path("schema")
                        .path("$ref").asText());
        assertEquals("#/components/responses/Error", health.path("responses").path("default").path("$ref").asText());
        JsonNode staff = doc.path("paths").path("/api/v1/org/staff").path("get");
        assertTrue(staff.has("responses") && !staff.has("security"), "staff need the login: " + staff);
        boolean unitId = false;
        for (JsonNode p : staff.path("parameters")) {
            unitId |= p.path("name").asText().equals("unitId") && p.path("in").asText().equals("query")
                    && p.path("schema").path("type").asText().equals("integer");
        }
        assertTrue(unitId, staff.toString());
        JsonNode unit = doc.path("paths").path("/api/v1/org/units/{id}").path("get").path("parameters").get(0);
        assertEquals("id", unit.path("name").asText());
        assertTrue(unit.path("required").asBoolean());
    }

    @Test
    void everyOperationTheRuntimeAnswersIsInTheDocumentAndNothingElse() {
        Set<String> runtime = ApiIndexIT.endpoints(Api.get("/api/v1/docs", Api.admin()).json());
        Set<String> documented = operations(Api.get(DOC, null).json());
        assertEquals(runtime, documented);
    }

    /** A resource registered while the server runs is in the document at once, and gone once unregistered. */
    @Test
    void theDocumentFollowsResourcesThatComeAndGo() throws InterruptedException {
        Hashtable<String, Object> props = new Hashtable<>(Map.of("osgi.jakartars.resource", true,
                "osgi.jakartars.extension.select", "(osgi.jakartars.name=xingfeng.json)"));
        ServiceRegistration<TestResource> registration = FrameworkUtil.getBundle(OpenApiIT.class).getBundleContext()
                .registerService(TestResource.class, new TestResource(), props);
        try {
            assertTrue(await(true), "the new resource is described");
            JsonNode op = Api.get(DOC, null).json().path("paths").path("/api/v1/openapi-test/things").path("get");
            assertEquals("#/components/schemas/OpenApiITThing",
                    op.path("responses").path("200").path("content").path("application/json").path("schema")
                            .path("items")
                            .path("$ref").asText(),
                    op.toString());
        } finally {
            registration.unregister();
        }
        assertTrue(await(false), "the removed resource is gone");
    }

    private static boolean await(boolean present) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            if (operations(Api.get(DOC, null).json()).contains("GET /api/v1/openapi-test/things") == present) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void theReadmeTablesAndTheDocumentAgreeOnThePlatformsOperations() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("xingfeng.readme", "../../README.md")));
        Set<String> described = operations(Api.get(DOC, null).json());
        Set<String> documented = ReadmeRest.operations(ReadmeRest.section(readme, ApiIndexIT.PLATFORM),
                ReadmeRest.pageRoots(described));
        for (String endpoint : described) {
            assertTrue(documented.contains(endpoint), "the README does not document " + endpoint);
        }
        for (String endpoint : documented) {
            assertTrue(described.contains(endpoint),
                    "the README documents " + endpoint + " but the OpenAPI document does not");
        }
    }

    @Test
    void theApiPageIsServedFromTheSwaggerUiWebjar() {
        Api.Reply page = Api.get("/api-docs", null);
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.text().contains("/api/v1/openapi.json") && page.text().contains("swagger-ui-bundle.js"),
                page.text());
        Api.Reply script = Api.get("/api-docs/swagger-ui-bundle.js", null);
        assertEquals(200, script.status());
        assertTrue(script.contentType().startsWith("text/javascript"), script.contentType());
        assertTrue(script.bytes().length > 100_000, "the whole bundle: " + script.bytes().length);
        assertEquals(200, Api.get("/api-docs/swagger-ui.css", null).status());
        Api.Reply missing = Api.get("/api-docs/no-such-file.js", null);
        assertEquals(404, missing.status());
        assertEquals("not_found", missing.error());
        assertFalse(Api.get("/api-docs/index.java", null).status() == 200);
    }

    /** "GET /path" for every operation of the document. */
    static Set<String> operations(JsonNode doc) {
        Set<String> set = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> verbs = path.getValue().fieldNames(); verbs.hasNext();) {
                String verb = verbs.next();
                if (VERBS.contains(verb)) {
                    set.add(verb.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return set;
    }

    public record Thing(String name, java.time.LocalDate day) {
    }

    @jakarta.ws.rs.Path("api/v1/openapi-test/things")
    public static class TestResource {
        @GET
        @jakarta.ws.rs.Produces("application/json")
        public java.util.List<Thing> things(@QueryParam("day") String day) {
            return java.util.List.of();
        }
    }
}
