package org.xingfeng.platform.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.i18n.Languages;

/**
 * A module's REST paths answer 503 {@code module_unavailable} while the module is being stopped or removed
 * ({@link ModuleChanges}), instead of letting the request meet its resources and services as they are taken down; and
 * a request begun just before that fails in the container on the module going answers the same, never a 500. Inside
 * the JSON error filter (lower ranking), so anything else still gets its body there.
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.pattern=/api/*",
        "osgi.http.whiteboard.filter.asyncSupported=true",
        "osgi.http.whiteboard.filter.name=xingfeng.module-changes",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)",
        "service.ranking:Integer=900" })
public class ModuleChangeFilter implements Filter {

    static final String CODE = "module_unavailable";

    private final ModuleChanges changes;

    @Activate
    public ModuleChangeFilter(@Reference ModuleChanges changes) {
        this.changes = changes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        String path = http.getRequestURI();
        if (changes.going(path)) {
            unavailable(http, out);
            return;
        }
        try {
            chain.doFilter(request, new GoingAware(http, out, changes, path));
        } catch (IOException | ServletException | RuntimeException e) {
            if (out.isCommitted() || !changes.goingOrGone(path)) {
                throw e;
            }
            unavailable(http, out);
        }
    }

    /**
     * A bare server error sent for a request on a module going or gone (Jersey's own answer when a request on the
     * REST runtime's previous application finds the module's resource and the error mapping both released) answers
     * the 503 instead.
     */
    static final class GoingAware extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final ModuleChanges changes;
        private final String path;

        GoingAware(HttpServletRequest request, HttpServletResponse response, ModuleChanges changes, String path) {
            super(response);
            this.request = request;
            this.changes = changes;
            this.path = path;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!divert(status)) {
                super.sendError(status, message);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!divert(status)) {
                super.sendError(status);
            }
        }

        private boolean divert(int status) throws IOException {
            if (status < 500 || status == 503 || isCommitted() || !changes.goingOrGone(path)) {
                return false;
            }
            unavailable(request, (HttpServletResponse) getResponse());
            return true;
        }
    }

    static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = Languages.ofHeader(request.getHeader("Accept-Language"));
        String module = ModuleChanges.moduleOfPath(request.getRequestURI());
        byte[] body = ErrorMapper.json(new ErrorBody(CODE,
                ErrorMapper.MESSAGES.get(language, "error.module_unavailable", module), List.of()))
                .getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(503);
        response.setHeader("Retry-After", "1");
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
