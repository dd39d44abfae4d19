package org.xingfeng.platform.rest.internal;

import java.util.List;

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
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RateLimiter;

/**
 * Applies {@link RateLimited} per client address: over the limit gets 429 with Retry-After. A bureau behind one
 * NAT address can raise a bucket's limit with the system property {@code xingfeng.ratelimit.<bucket>}.
 */
@Component(service = ContainerRequestFilter.class)
@JakartarsExtension
@JakartarsName("xingfeng.rate-limit")
@RateLimited("")
@Priority(400)
public class RateLimitFilter implements ContainerRequestFilter {

    private final RateLimiter limiter = new RateLimiter(System::currentTimeMillis);

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        RateLimited limit = Annotations.find(resource.getResourceMethod(), resource.getResourceClass(), RateLimited.class);
        if (limit == null) {
            return;
        }
        String client = servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
        long wait = limiter.acquire(limit.value(), client, perMinute(limit));
        if (wait > 0) {
            request.abortWith(Response.status(429).header("Retry-After", wait).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(ErrorMapper.json(new ErrorBody("rate_limited", ErrorMapper.MESSAGES.get(
                            Languages.preferred(request.getAcceptableLanguages()), "error.rate_limited", wait), List.of())))
                    .build());
        }
    }

    static int perMinute(RateLimited limit) {
        return Integer.getInteger("xingfeng.ratelimit." + limit.value(), limit.perMinute());
    }
}
