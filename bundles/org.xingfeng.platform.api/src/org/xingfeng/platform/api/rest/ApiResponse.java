package org.xingfeng.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents, for the API description ({@code /api/v1/openapi.json}), what a resource method that returns a
 * {@code Response} answers on success: the type of the body (a record, a list of records with {@code list}) and
 * the status. Methods returning a type need no annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiResponse {

    /** The body's type; {@code Void.class} for none. */
    Class<?> type();

    /** The body is a JSON array of {@link #type()}. */
    boolean list() default false;

    int status() default 200;
}
