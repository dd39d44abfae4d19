package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;

import com.fasterxml.jackson.databind.JsonNode;

/** The API index is read from the running server, and the README documents every platform method in it. */
class ApiIndexIT {

    static final Pattern DOCUMENTED = Pattern.compile("`(GET|POST|PUT|DELETE) (/[^`?\\s]*)");

    @BeforeAll
    static void ready() {
        Api.awaitReady();
    }

    @Test
    void theIndexListsWhatTheServerAnswers() {
        assertEquals(401, Api.get("/api/v1/docs", null).status());
        JsonNode index = Api.get("/api/v1/docs", Api.admin()).json();
        Set<String> endpoints = endpoints(index);
        assertTrue(endpoints.contains("POST /api/v1/auth/login"), endpoints.toString());
        assertTrue(endpoints.contains("GET /health"), endpoints.toString());
        assertTrue(endpoints.contains("GET /api/v1/docs"), endpoints.toString());
    }

    @Test
    void theReadmeDocumentsEveryPlatformMethodAndNoMethodThatIsNotThere() throws IOException {
        Path readme = Path.of(System.getProperty("xingfeng.readme", "../../README.md"));
        Set<String> documented = readmeEndpoints(Files.readString(readme));
        Set<String> served = endpoints(Api.get("/api/v1/docs", Api.admin()).json());
        for (String endpoint : served) {
            if (platform(endpoint)) {
                assertTrue(documented.contains(endpoint), "the README does not document " + endpoint);
            }
        }
        for (String endpoint : documented) {
            if (platform(endpoint)) {
                assertTrue(served.contains(endpoint),
                        "the README documents " + endpoint + " but the server has no such method");
            }
        }
    }

    /** "GET /api/v1/..." for every method named in the README's tables; paths outside /api/v1 are written whole. */
    static Set<String> readmeEndpoints(String text) {
        Set<String> documented = new HashSet<>();
        Matcher m = DOCUMENTED.matcher(text);
        while (m.find()) {
            String path = m.group(2);
            boolean full = path.startsWith("/health") || path.startsWith("/guide") || path.startsWith("/hall/")
                    || path.startsWith("/survey/") || path.startsWith("/evaluate")
                    || path.startsWith("/training-signin") || path.startsWith("/stations-map")
                    || path.startsWith("/api/")
                    || path.startsWith("/api-docs");
            documented.add(m.group(1) + " " + (full ? path : "/api/v1" + path));
        }
        return documented;
    }

    /** The platform's own methods; the modules' (not installed in this runtime) are their tests' business. */
    static boolean platform(String endpoint) {
        return !endpoint.contains("/matters") && !endpoint.contains("/guide/") && !endpoint.contains("/evaluations")
                && !endpoint.contains("/windows") && !endpoint.contains(" /hall/")
                && !endpoint.contains("/api/v1/demands") && !endpoint.contains("/api/v1/training/")
                && !endpoint.contains("/publicity") && !endpoint.contains(" /survey/")
                && !endpoint.contains(" /evaluate") && !endpoint.contains(" /training-signin")
                && !endpoint.contains(" /stations-map");
    }

    static Set<String> endpoints(JsonNode index) {
        Set<String> set = new HashSet<>();
        for (JsonNode e : index) {
            set.add(e.path("method").asText() + " "
                    + e.path("path").asText().replaceAll("\\{([^}:]+)(:[^}]*)?\\}", "{$1}"));
        }
        return set;
    }
}
