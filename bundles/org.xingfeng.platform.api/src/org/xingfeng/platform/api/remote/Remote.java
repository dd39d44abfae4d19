package org.xingfeng.platform.api.remote;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an api service interface that a county's desktop client may call on the county's server (远程调用): the
 * server's generic dispatch ({@code POST /api/v1/remote/{interface}/{method}}) serves only interfaces that carry it,
 * and the client's remote bundle registers a proxy for each of them. On an interface every method is remote; on a
 * single method (an interface that also has server-only methods) only the methods marked are. The service checks
 * roles and reach itself, with the caller's own actor: an {@link org.xingfeng.platform.api.Actor} parameter is
 * always replaced by the server with the logged-in caller's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Remote {
}
