package org.xingfeng.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Raises or lowers the request-body limit of a resource method (default 1 MiB): e.g. 20 MiB for a
 * spreadsheet upload, 4 KiB for a citizen's evaluation. A larger body gets 413 and changes nothing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface MaxBodySize {

    long bytes();
}
