package org.xingfeng.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks that a parameter of the wrong type is answered with the error body naming the parameter. */
public final class BadParameters {

    private BadParameters() {
    }

    /** A query, header or form parameter: 400 {@code invalid_parameter}, the parameter in message and details. */
    public static void assertRefused(Api.Reply r, String parameter) {
        assertEquals(400, r.status(), r.text());
        assertEquals("invalid_parameter", r.error(), r.text());
        assertNamed(r.json(), parameter);
    }

    /** A path parameter: 404 {@code not_found} (the path names no resource), the parameter named too. */
    public static void assertPathRefused(Api.Reply r, String parameter) {
        assertEquals(404, r.status(), r.text());
        assertEquals("not_found", r.error(), r.text());
        assertNamed(r.json(), parameter);
    }

    private static void assertNamed(JsonNode body, String parameter) {
        assertTrue(body.path("message").asText().contains(parameter), body.toString());
        assertEquals(1, body.path("details").size(), body.toString());
        assertEquals(parameter, body.path("details").get(0).path("field").asText(), body.toString());
        assertTrue(body.path("details").get(0).path("message").asText().contains(parameter), body.toString());
    }
}
