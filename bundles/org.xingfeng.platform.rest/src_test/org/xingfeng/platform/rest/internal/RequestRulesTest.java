package org.xingfeng.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.rest.MaxBodySize;

class RequestRulesTest {

    @MaxBodySize(bytes = 4096)
    static class Small {
        @MaxBodySize(bytes = 20)
        public void tiny() {
        }

        public void plain() {
        }
    }

    static class Plain {
        public void plain() {
        }
    }

    @Test
    void bodyLimitComesFromMethodThenClassThenDefault() throws Exception {
        assertEquals(20, BodyLimitFilter.limitFor(Small.class.getMethod("tiny"), Small.class));
        assertEquals(4096, BodyLimitFilter.limitFor(Small.class.getMethod("plain"), Small.class));
        assertEquals(BodyLimitFilter.DEFAULT_LIMIT,
                BodyLimitFilter.limitFor(Plain.class.getMethod("plain"), Plain.class));
    }

    @Test
    void aBodyThatGrowsPastTheLimitFailsWhileBeingRead() throws IOException {
        InputStream in = new BodyLimitFilter.LimitedStream(new ByteArrayInputStream(new byte[100]), 50);
        assertThrows(BodyTooLargeException.class, in::readAllBytes);
        InputStream ok = new BodyLimitFilter.LimitedStream(new ByteArrayInputStream(new byte[50]), 50);
        assertEquals(50, ok.readAllBytes().length);
    }

    @Test
    void bearerTokensAreTakenOnlyFromWellFormedHeaders() {
        assertEquals("abc", AuthFilter.bearer("Bearer abc"));
        assertEquals("abc", AuthFilter.bearer("bearer  abc "));
        assertNull(AuthFilter.bearer("Basic YWJj"));
        assertNull(AuthFilter.bearer("Bearer "));
        assertNull(AuthFilter.bearer(null));
        assertNull(AuthFilter.bearer("Bearer " + "x".repeat(500)));
    }
}
