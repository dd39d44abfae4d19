package org.xingfeng.platform.rest.resources;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.osgi.service.component.annotations.ReferenceScope;
import org.xingfeng.platform.api.tasks.Tasks;
import org.xingfeng.platform.api.health.HealthCheck;
import org.xingfeng.platform.api.module.ModuleInfo;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.persistence.PersistenceService;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.RestConstants;

/**
 * {@code GET /health}: the installed modules and their versions, and every registered {@link HealthCheck} (the
 * platform's database, the modules' persistence units) run now: 200 when all pass, 503 with the failing checks'
 * reasons otherwise. Open to anybody (load balancers, monitors).
 */
@Component(service = HealthResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path("health")
public class HealthResource {

    /** Each check's time; a database that does not answer within it counts as down. */
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    /** {@code status} is UP or DOWN; {@code reason} names what is down, empty when UP. */
    public record Health(String status, String reason, String database, List<ModuleInfo> modules, List<Check> checks) {
    }

    /** One check: its name, UP or DOWN, and why it is down. */
    public record Check(String name, String status, String reason) {
    }

    private final ModuleRegistry modules;
    private final PersistenceService persistence;
    /** The checks run in parallel, each within {@link #TIMEOUT}: a few threads, a bounded queue. */
    private final ExecutorService executor;

    /**
     * References only: binding the checks themselves would activate them, and with them the persistence units, on the
     * REST runtime's thread while the server starts (SCR then times out waiting for a unit being created). Each
     * check is got when {@code /health} is called.
     */
    @Reference(service = HealthCheck.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<HealthCheck>> checks;

    private final BundleContext context;

    @Activate
    public HealthResource(@Reference ModuleRegistry modules, @Reference PersistenceService persistence,
            @Reference(scope = ReferenceScope.PROTOTYPE_REQUIRED) Tasks tasks, BundleContext context) {
        this.executor = tasks.executor("health-check", 8, 256);
        this.modules = modules;
        this.persistence = persistence;
        this.context = context;
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @ApiResponse(type = Health.class)
    public Response health() {
        List<ServiceReference<HealthCheck>> current = checks == null ? List.of() : List.copyOf(checks);
        List<String> names = new ArrayList<>();
        List<Future<?>> running = new ArrayList<>();
        for (ServiceReference<HealthCheck> ref : current) {
            HealthCheck c = context.getService(ref);
            if (c == null) {
                continue; // gone meanwhile, or not (yet) able to start
            }
            try {
                names.add(c.name());
            } catch (RuntimeException e) {
                context.ungetService(ref);
                continue;
            }
            try {
                running.add(executor.submit(() -> {
                    try {
                        c.check(TIMEOUT);
                        return null;
                    } finally {
                        context.ungetService(ref);
                    }
                }));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // every check thread hangs on earlier checks: this one counts as not answering
                context.ungetService(ref);
                running.add(java.util.concurrent.CompletableFuture.failedFuture(
                        new IllegalStateException("no answer within " + TIMEOUT.toSeconds() + " s")));
            }
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos() + TimeUnit.MILLISECONDS.toNanos(500);
        List<Check> results = new ArrayList<>();
        List<String> down = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String reason = outcome(running.get(i), deadline);
            results.add(new Check(name, reason == null ? "UP" : "DOWN", reason == null ? "" : reason));
            if (reason != null) {
                down.add(name + ": " + reason);
            }
        }
        results.sort(Comparator.comparing(Check::name));
        Health health = new Health(down.isEmpty() ? "UP" : "DOWN", String.join("; ", down),
                persistence.database().kind(),
                modules.modules(), results);
        return Response.status(down.isEmpty() ? 200 : 503).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(health).build();
    }

    /** Null when the check passed, otherwise why not. */
    private static String outcome(Future<?> check, long deadline) {
        try {
            check.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (TimeoutException e) {
            check.cancel(true);
            return "no answer within " + TIMEOUT.toSeconds() + " s";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
