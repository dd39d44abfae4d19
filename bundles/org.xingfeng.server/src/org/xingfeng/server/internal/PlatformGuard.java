package org.xingfeng.server.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.persistence.PersistenceService;

/**
 * The server never runs half: while the platform's database, module registry or REST runtime is missing (starting,
 * or failed: an unreachable database, a bundle that would not resolve), {@code /health} and {@code /api/*} answer 503
 * with the JSON error body naming what is missing, instead of a 404 from an empty server; and the platform's errors,
 * which otherwise go only to the framework's log, are printed for the operator.
 */
@Component(immediate = true)
public class PlatformGuard {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformGuard.class);

    /** What the server needs of the platform, by the name the 503 gives it. */
    static final Map<String, Class<?>> PARTS = new LinkedHashMap<>();
    static {
        PARTS.put("database", PersistenceService.class);
        PARTS.put("modules", ModuleRegistry.class);
        PARTS.put("rest", JakartarsServiceRuntime.class);
    }

    private final BundleContext context;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    /** How many services of each part are there (a tracker counts a service only once its adding has returned). */
    private final int[] present = new int[PARTS.size()];
    private final ServiceTracker<LogReaderService, LogReaderService> logs;
    private final LogListener listener = this::logged;
    private ServiceRegistration<Servlet> unavailable;
    private volatile String lastError;

    @Activate
    public PlatformGuard(BundleContext context) {
        this.context = context;
        logs = new ServiceTracker<>(context, LogReaderService.class, null) {
            @Override
            public LogReaderService addingService(ServiceReference<LogReaderService> reference) {
                LogReaderService reader = super.addingService(reference);
                if (reader != null) {
                    reader.addLogListener(listener);
                }
                return reader;
            }

            @Override
            public void removedService(ServiceReference<LogReaderService> reference, LogReaderService reader) {
                reader.removeLogListener(listener);
                super.removedService(reference, reader);
            }
        };
        logs.open();
        int i = 0;
        for (Class<?> part : PARTS.values()) {
            int index = i++;
            ServiceTracker<?, ?> t = new ServiceTracker<Object, Object>(context, part.getName(), null) {
                @Override
                public Object addingService(ServiceReference<Object> reference) {
                    Object service = super.addingService(reference);
                    if (service != null) {
                        count(index, 1);
                    }
                    return service;
                }

                @Override
                public void removedService(ServiceReference<Object> reference, Object service) {
                    super.removedService(reference, service);
                    count(index, -1);
                }
            };
            trackers.add(t);
        }
        trackers.forEach(ServiceTracker::open);
        update();
    }

    /** The parts not (yet) there, in order. */
    synchronized List<String> missing() {
        List<String> missing = new ArrayList<>();
        int i = 0;
        for (String name : PARTS.keySet()) {
            if (present[i++] <= 0) {
                missing.add(name);
            }
        }
        return missing;
    }

    synchronized void count(int part, int change) {
        present[part] += change;
        update();
    }

    synchronized void update() {
        boolean ready = missing().isEmpty();
        if (!ready && unavailable == null) {
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("osgi.http.whiteboard.servlet.pattern", new String[] { "/health", "/api/*" });
            props.put("osgi.http.whiteboard.servlet.name", "xingfeng.platform-unavailable");
            props.put("osgi.http.whiteboard.servlet.asyncSupported", true);
            unavailable = context.registerService(Servlet.class, new Unavailable(), props);
        } else if (ready && unavailable != null) {
            unregister();
        }
    }

    private void unregister() {
        try {
            unavailable.unregister();
        } catch (IllegalStateException gone) {
            // the framework is stopping
        }
        unavailable = null;
    }

    /** An error of one of our bundles while the platform is not up: kept, and printed (the framework's log is not). */
    void logged(LogEntry entry) {
        if (entry.getLogLevel() != LogLevel.ERROR || entry.getBundle() == null
                || entry.getBundle().getSymbolicName() == null
                || !entry.getBundle().getSymbolicName().startsWith("org.xingfeng.") || missing().isEmpty()) {
            return; // once the platform is up, the modules' own errors are theirs to report
        }
        Throwable root = entry.getException();
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = entry.getBundle().getSymbolicName() + ": " + entry.getMessage()
                + (root == null ? "" : " (" + root + ")");
        lastError = text;
        LOG.error(text, entry.getException());
    }

    @Deactivate
    synchronized void deactivate() {
        trackers.forEach(ServiceTracker::close);
        logs.close();
        if (unavailable != null) {
            unregister();
        }
    }

    /** 503 with what is missing; the error itself is in the server's log, not given to callers. */
    final class Unavailable extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Locale language = Languages.ofHeader(request.getHeader("Accept-Language"));
            List<String> missing = missing();
            String message = JsonErrorFilter.MESSAGES.get(language,
                    lastError == null ? "platformGuard.starting" : "platformGuard.failed", String.join(", ", missing));
            StringBuilder details = new StringBuilder();
            for (String part : missing) {
                details.append(details.isEmpty() ? "" : ",").append("{\"field\":\"").append(part)
                        .append("\",\"message\":\"").append(JsonErrorFilter.MESSAGES.get(language,
                                "platformGuard.missing." + part))
                        .append("\"}");
            }
            byte[] body = ("{\"error\":\"unavailable\",\"message\":\"" + message + "\",\"details\":[" + details
                    + "]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            response.setStatus(503);
            response.setHeader("Retry-After", "10");
            response.setContentType("application/json;charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
