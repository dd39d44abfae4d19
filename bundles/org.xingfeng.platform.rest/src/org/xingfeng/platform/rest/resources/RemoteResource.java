package org.xingfeng.platform.rest.resources;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.remote.RemoteMethods;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.rest.internal.DuringPasswordChange;
import org.xingfeng.platform.rest.internal.RemoteCalls;

/**
 * 远程调用: the desktop clients of a county call the api services on its server, {@code POST
 * /api/v1/remote/{interface}/{method}} with {@code {"parameterTypes": [...], "args": [...]}}, logged in. Only
 * interfaces marked {@link Remote} are served (anything else is 404), by the registered service of that interface,
 * so every module's services are served while the module is there. The service checks roles and reach with the
 * caller's actor, which replaces any actor the client sent. Errors answer the platform's error body.
 */
@Component(service = RemoteResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/remote")
public class RemoteResource {

    static final Messages MESSAGES = Messages.of(RemoteResource.class);

    /** Services registered with this property are a client's proxies, never served. */
    static final String PROXY_FILTER = "(!(xingfeng.remote=true))";
    static final String AUTH = "org.xingfeng.platform.api.security.AuthService";
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");
    private static final long AWAIT_SECONDS = 120;

    private final BundleContext context;
    private final RemoteCalls calls = new RemoteCalls();

    @Activate
    public RemoteResource(BundleContext context) {
        this.context = context;
    }

    /** The caller's account, roles and reach: what the client's session holds. */
    @GET
    @Path("caller")
    @Produces(MediaType.APPLICATION_JSON)
    @DuringPasswordChange
    public RemoteCalls.Caller caller(@Context SecurityContext security) {
        return RemoteCalls.Caller.of(Principals.actor(security));
    }

    @POST
    @Path("{interface}/{method}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @MaxBodySize(bytes = RemoteCalls.UPLOAD_BODY_LIMIT)
    public Response call(@Context SecurityContext security, @PathParam("interface") String type,
            @PathParam("method") String method, InputStream body) throws IOException {
        return dispatch(Principals.actor(security), type, method, body);
    }

    /** The auth service's remote methods (log out, change the password) are open to an account with a one-time password. */
    @POST
    @Path(AUTH + "/{method}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @DuringPasswordChange
    @MaxBodySize(bytes = 64 * 1024)
    public Response callAuth(@Context SecurityContext security, @PathParam("method") String method, InputStream body)
            throws IOException {
        return dispatch(Principals.actor(security), AUTH, method, body);
    }

    private Response dispatch(Actor caller, String type, String name, InputStream body) throws IOException {
        ServiceReference<?> ref = reference(type);
        Bundle owner = ref.getBundle();
        Class<?> iface;
        try {
            iface = owner == null ? null : owner.loadClass(type);
        } catch (ClassNotFoundException e) {
            iface = null;
        }
        if (iface == null || !RemoteMethods.isRemote(iface)) {
            throw new NotFoundException(MESSAGES.text("entity.remoteInterface"), type);
        }
        RemoteCalls.Call call = calls.read(body, RemoteCalls.bodyLimit(iface, name));
        Method method = RemoteCalls.resolve(iface, name, call.parameterTypes());
        Object[] args = calls.arguments(method, call.args(), caller);
        Object service = context.getService(ref);
        if (service == null || !iface.isInstance(service)) {
            throw new NotFoundException(MESSAGES.text("entity.remoteInterface"), type);
        }
        try {
            Object result = await(invoke(method, service, args));
            return Response.ok(calls.result(method, result), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .build();
        } finally {
            context.ungetService(ref);
        }
    }

    /** The service of the interface, the best ranked if several, never a client's proxy. */
    private ServiceReference<?> reference(String type) {
        ServiceReference<?>[] refs = null;
        if (TYPE_NAME.matcher(type).matches()) {
            try {
                refs = context.getServiceReferences(type, PROXY_FILTER);
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        if (refs == null || refs.length == 0) {
            throw new NotFoundException(MESSAGES.text("entity.remoteInterface"), type);
        }
        ServiceReference<?> best = refs[0];
        for (ServiceReference<?> r : refs) {
            if (r.compareTo(best) > 0) {
                best = r;
            }
        }
        return best;
    }

    private static Object invoke(Method method, Object service, Object[] args) {
        try {
            return method.invoke(service, args);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (IllegalAccessException e) {
            throw new NotFoundException(MESSAGES.text("entity.remoteMethod"), method.getName());
        }
    }

    private static Object await(Object result) {
        if (!(result instanceof CompletionStage<?> stage)) {
            return result;
        }
        try {
            return stage.toCompletableFuture().get(AWAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (TimeoutException e) {
            throw new XingfengException(504, "timeout", MESSAGES.text("remote.server_did_not_finish_time"), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XingfengException(503, "interrupted", MESSAGES.text("remote.server_stopping"), List.of());
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }
}
