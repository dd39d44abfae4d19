package org.xingfeng.server.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.osgi.service.component.annotations.Component;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;

/**
 * Errors that reach the servlet container answer the JSON error body too, never Jetty's HTML page: a request that
 * meets a module's resource while the module is being stopped or removed (the REST whiteboard still lists the
 * resource, its service is gone) fails inside the container, and a servlet's {@code sendError} has no body of ours.
 * A refused request's unread body is read and discarded (up to {@link #DRAIN_LIMIT}): closing a connection with
 * unread data resets it, and a client still sending would then never read the refusal (a 413 above all). Jetty's own
 * refusals, answered before any filter runs, get the same body from {@link JsonErrorHandler}.
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.pattern=/*",
        "osgi.http.whiteboard.filter.asyncSupported=true",
        "osgi.http.whiteboard.filter.name=xingfeng.json-errors",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)",
        "service.ranking:Integer=1000" })
public class JsonErrorFilter implements Filter {

    static final Messages MESSAGES = Messages.of(JsonErrorFilter.class);

    private static final Logger LOG = LoggerFactory.getLogger(JsonErrorFilter.class);

    /** At most this much of a refused body is read and discarded; a larger one has its connection closed. */
    static final long DRAIN_LIMIT = 256L * 1024 * 1024;
    /** ... and for at most this long, so a client that stops sending cannot hold a thread. */
    static final long DRAIN_MILLIS = 15_000;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        Locale language = request instanceof HttpServletRequest r ? Languages.ofHeader(r.getHeader("Accept-Language"))
                : Languages.CHINESE;
        try {
            chain.doFilter(request, new JsonSendError(http, language));
            if (http.getStatus() >= 400 && !request.isAsyncStarted()) {
                drain(request);
            }
        } catch (IOException | ServletException | RuntimeException e) {
            if (http.isCommitted()) {
                throw e;
            }
            if (resourceGone(e)) { // the REST runtime still routes to a resource whose module was just stopped
                write(http, 404, "not_found", MESSAGES.get(language, "jsonErrorFilter.no_such_resource"));
                return;
            }
            LOG.warn("request failed in the container", e);
            write(http, 500, "internal_error",
                    MESSAGES.get(language, "jsonErrorFilter.internal_error_please_try_again"));
        }
    }

    /**
     * Jersey found no service object for a whiteboard resource (its service was unregistered a moment ago) and tried
     * to construct the class itself; our resources are DS components and have no such constructor.
     */
    static boolean resourceGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoSuchMethodException && String.valueOf(t.getMessage()).contains("suitable constructor")) {
                return true;
            }
            if (String.valueOf(t.getMessage()).contains("Could not find a suitable constructor")) {
                return true;
            }
        }
        return false;
    }

    /** Reads and discards what is left of a refused request's body, within the limits above. */
    static void drain(ServletRequest request) {
        if (request.getContentLengthLong() == 0) {
            return;
        }
        long deadline = System.currentTimeMillis() + DRAIN_MILLIS;
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try {
            ServletInputStream in = request.getInputStream();
            int n;
            while (total < DRAIN_LIMIT && System.currentTimeMillis() < deadline && (n = in.read(buf)) > 0) {
                total += n;
            }
        } catch (IOException | IllegalStateException e) {
            // the client gave up, or the body was read as characters: nothing left to do
        }
    }

    /** The error code of a status the container or Jetty answers by itself. */
    static String code(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }

    static String messageKey(int status) {
        return switch (status) {
            case 404 -> "jsonErrorFilter.no_such_resource";
            case 413 -> "jsonErrorFilter.body_too_large";
            case 414 -> "jsonErrorFilter.uri_too_long";
            case 431 -> "jsonErrorFilter.headers_too_large";
            case 503 -> "jsonErrorFilter.unavailable_try_again_shortly";
            default -> status >= 500 ? "jsonErrorFilter.internal_error" : "jsonErrorFilter.bad_request";
        };
    }

    /** The conventions' error body for a bare status, in the caller's language. */
    static byte[] body(int status, Locale language) {
        return body(code(status), MESSAGES.get(language, messageKey(status)));
    }

    static byte[] body(String code, String message) {
        return ("{\"error\":\"" + code + "\",\"message\":\"" + message + "\",\"details\":[]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        byte[] body = body(code, message);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** {@code sendError} writes the JSON body instead of letting the container render its page. */
    static final class JsonSendError extends HttpServletResponseWrapper {

        private final Locale language;

        JsonSendError(HttpServletResponse response, Locale language) {
            super(response);
            this.language = language;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sendError(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            if (isCommitted()) {
                super.sendError(status);
                return;
            }
            write((HttpServletResponse) getResponse(), status, code(status),
                    MESSAGES.get(language, messageKey(status)));
        }
    }
}
