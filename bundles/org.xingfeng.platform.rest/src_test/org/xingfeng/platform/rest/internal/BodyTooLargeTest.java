package org.xingfeng.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** A body over its limit is a 413 also when the JSON reader met it mid-body and kept only its message. */
class BodyTooLargeTest {

    @Test
    void foundAsCauseOrByItsMessage() {
        assertEquals(4096, ErrorMapper.tooLarge(new RuntimeException(new BodyTooLargeException(4096))).limit());
        assertEquals(1048576, ErrorMapper
                .tooLarge(new IOException("Unexpected: request body larger than 1048576 bytes at [line 1]")).limit());
        assertNull(ErrorMapper.tooLarge(new IOException("Unexpected end-of-input")));
        assertNull(ErrorMapper.tooLarge(null));
    }
}
