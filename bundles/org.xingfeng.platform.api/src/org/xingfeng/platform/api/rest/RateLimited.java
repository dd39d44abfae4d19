package org.xingfeng.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a citizen-facing resource method as rate-limited per client address: at most {@code perMinute}
 * requests a minute in bucket {@code value}; more get 429 with a Retry-After header.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RateLimited {

    /** The bucket name, e.g. {@code evaluations.submit}. */
    String value();

    int perMinute() default 60;
}
