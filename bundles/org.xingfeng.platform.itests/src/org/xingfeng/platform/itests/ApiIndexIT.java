package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.ReadmeRest;

import com.fasterxml.jackson.databind.JsonNode;

/** The API index is read from the running server, and the README documents every platform method in it. */
class ApiIndexIT {

    static final String PLATFORM = "## REST API (platform)";

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

    /**
     * The platform's chapter of the README ({@code ## REST API (platform)}, up to the modules' sections) against what
     * this runtime (the platform without modules) answers, both ways; the modules' tables are their tests' business.
     */
    @Test
    void theReadmeDocumentsEveryPlatformMethodAndNoMethodThatIsNotThere() throws IOException {
        Path readme = Path.of(System.getProperty("xingfeng.readme", "../../README.md"));
        Set<String> served = endpoints(Api.get("/api/v1/docs", Api.admin()).json());
        Set<String> documented = ReadmeRest.operations(ReadmeRest.section(Files.readString(readme), PLATFORM),
                ReadmeRest.pageRoots(served));
        for (String endpoint : served) {
            assertTrue(documented.contains(endpoint), "the README does not document " + endpoint);
        }
        for (String endpoint : documented) {
            assertTrue(served.contains(endpoint),
                    "the README documents " + endpoint + " but the server has no such method");
        }
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
