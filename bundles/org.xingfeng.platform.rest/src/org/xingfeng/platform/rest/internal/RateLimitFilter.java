package org.xingfeng.platform.rest.internal;

import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Activate;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RateLimiter;

/**
 * Applies {@link RateLimited} per client address: over the limit gets 429 with Retry-After. A bureau behind one
 * NAT address can raise a bucket's limit with the attribute {@code ratelimit.<bucket>} of the PID {@value #PID}.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = RateLimitFilter.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RateLimitFilter.Config.class)
@JakartarsExtension
@JakartarsName("xingfeng.rate-limit")
@RateLimited("")
@Priority(400)
public class RateLimitFilter implements ContainerRequestFilter {

    public static final String PID = "org.xingfeng.ratelimit";

    /** The buckets of the platform's and the modules' resources; a bucket not named here keeps its annotation's limit. */
    @ObjectClassDefinition(id = PID, name = "Rate limits",
            description = "Requests a minute from one client address, per bucket")
    public @interface Config {

        @AttributeDefinition(name = "Logins", description = "POST /api/v1/auth/login")
        int ratelimit_auth_login() default 30;

        @AttributeDefinition(name = "Service guides", description = "citizens' service guide pages (/guide/matters)")
        int ratelimit_guide() default 120;
    }

    private final Map<String, Object> properties;

    @Activate
    public RateLimitFilter(Map<String, Object> properties) {
        this.properties = Map.copyOf(properties);
    }

    private final RateLimiter limiter = new RateLimiter(System::currentTimeMillis);

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        RateLimited limit = Annotations.find(resource.getResourceMethod(), resource.getResourceClass(),
                RateLimited.class);
        if (limit == null) {
            return;
        }
        String client = servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
        long wait = limiter.acquire(limit.value(), client, perMinute(limit));
        if (wait > 0) {
            request.abortWith(Response.status(429).header("Retry-After", wait)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(ErrorMapper.json(new ErrorBody("rate_limited", ErrorMapper.MESSAGES.get(
                            Languages.preferred(request.getAcceptableLanguages()), "error.rate_limited", wait),
                            List.of())))
                    .build());
        }
    }

    int perMinute(RateLimited limit) {
        return perMinute(properties, limit);
    }

    /** The configured limit of the limit's bucket ({@code ratelimit.<bucket>}), else the annotation's. */
    static int perMinute(Map<String, Object> properties, RateLimited limit) {
        Object configured = properties.get("ratelimit." + limit.value());
        if (configured == null || configured.toString().isBlank()) {
            return limit.perMinute();
        }
        return configured instanceof Number n ? n.intValue() : Integer.parseInt(configured.toString().trim());
    }
}
