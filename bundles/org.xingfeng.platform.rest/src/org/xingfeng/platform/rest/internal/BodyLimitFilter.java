package org.xingfeng.platform.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.xingfeng.platform.api.rest.MaxBodySize;

/**
 * Request-size limits: 1 MiB unless the resource method says otherwise with {@link MaxBodySize}. A declared
 * Content-Length over the limit is refused before reading; a body that grows past it while being read (chunked
 * uploads) fails then. Either way the answer is 413 and nothing is changed.
 */
@Component(service = ContainerRequestFilter.class)
@JakartarsExtension
@JakartarsName("xingfeng.body-limit")
@Priority(500)
public class BodyLimitFilter implements ContainerRequestFilter {

    static final long DEFAULT_LIMIT = 1024 * 1024;
    /**
     * A refused body up to this size is read and discarded before answering: closing a connection with unread
     * data resets it, and the client then never sees the 413. Larger bodies are cut off.
     */
    static final long SWALLOW_LIMIT = 16L * 1024 * 1024;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitFor(resource == null ? null : resource.getResourceMethod(),
                resource == null ? null : resource.getResourceClass());
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1; // Jetty rejects malformed lengths itself; the counting stream still applies
            }
            if (declared > limit) {
                // also when the client sent "Expect: 100-continue": some clients send the body regardless
                if (declared <= SWALLOW_LIMIT) {
                    swallow(request.getEntityStream(), SWALLOW_LIMIT);
                }
                throw new BodyTooLargeException(limit);
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
        }
    }

    /** Reads and discards at most {@code max} bytes. */
    static void swallow(InputStream in, long max) {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while (total < max && (n = in.read(buf, 0, (int) Math.min(buf.length, max - total))) > 0) {
                total += n;
            }
        } catch (IOException e) {
            // the client gave up; nothing to answer
        }
    }

    static long limitFor(Method method, Class<?> type) {
        MaxBodySize m = Annotations.find(method, type, MaxBodySize.class);
        return m == null ? DEFAULT_LIMIT : m.bytes();
    }

    static final class LimitedStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                swallow(in, SWALLOW_LIMIT);
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
