package org.xingfeng.platform.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.remote.RemoteMethods;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The pure part of the remote dispatch (远程调用): which method a call names, its arguments from JSON with the
 * caller's actor in place of any actor sent, and the answer as JSON. The resource finds the service and invokes.
 */
public final class RemoteCalls {

    static final Messages MESSAGES = Messages.of(RemoteCalls.class);

    /** An {@code InputStream} parameter travels as base64: at most 20 MiB, as the platform's uploads. */
    public static final long UPLOAD_LIMIT = 20L * 1024 * 1024;
    /** The body of a call with an upload: base64 is a third larger, plus the rest of the call. */
    public static final long UPLOAD_BODY_LIMIT = UPLOAD_LIMIT / 3 * 4 + 64 * 1024;

    /** The body of a call: the erased parameter types ({@link Class#getTypeName()}) and one JSON value for each. */
    public record Call(List<String> parameterTypes, JsonNode args) {
    }

    /** The caller as the client needs it: the account, its roles and its reach ({@code unitIds} null: everywhere). */
    public record Caller(long userId, String username, Set<String> roles, Long homeUnitId, Set<Long> unitIds) {

        public static Caller of(Actor actor) {
            return new Caller(actor.userId(), actor.username(), actor.roles(), actor.reach().homeUnitId(),
                    actor.reach().everywhere() ? null : actor.reach().unitIds());
        }
    }

    private final ObjectMapper json = JsonExtension.mapper();

    /** Reads a call's body, refusing more than {@code limit} bytes (413). */
    public Call read(InputStream body, long limit) throws IOException {
        if (body == null) {
            throw new ValidationException("args", MESSAGES.text("remoteCalls.body_required"));
        }
        Call call;
        try {
            call = json.readValue(new BodyLimitFilter.LimitedStream(body, limit), Call.class);
        } catch (JsonMappingException e) {
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof BodyTooLargeException b) {
                    throw b; // Jackson wraps what the stream throws inside a value
                }
            }
            throw e;
        }
        if (call == null) {
            throw new ValidationException("args", MESSAGES.text("remoteCalls.body_required"));
        }
        return call;
    }

    /** The body limit of a method name: an upload's if any method of that name takes an {@code InputStream}. */
    public static long bodyLimit(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name)) {
                for (Class<?> p : m.getParameterTypes()) {
                    if (InputStream.class.isAssignableFrom(p)) {
                        return UPLOAD_BODY_LIMIT;
                    }
                }
            }
        }
        return BodyLimitFilter.DEFAULT_LIMIT;
    }

    /**
     * The remote method of the interface with this name and these parameter types; without types, the only remote
     * method of that name. A method that does not exist or is not remote is not found (404).
     */
    public static Method resolve(Class<?> type, String name, List<String> parameterTypes) {
        List<Method> found = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && RemoteMethods.isRemote(type, m)
                    && (parameterTypes == null || RemoteMethods.parameterTypeNames(m).equals(parameterTypes))) {
                found.add(m);
            }
        }
        if (found.isEmpty()) {
            throw new NotFoundException(MESSAGES.text("entity.remoteMethod"), type.getName() + "." + name
                    + (parameterTypes == null ? "" : "(" + String.join(", ", parameterTypes) + ")"));
        }
        if (found.size() > 1) {
            throw new ValidationException("parameterTypes",
                    MESSAGES.text("remoteCalls.method_overloaded_give_parameter_types", name));
        }
        return found.get(0);
    }

    /**
     * The arguments of a call, converted to the method's parameter types (generic types included). Every
     * {@link Actor} parameter is the caller, whatever the client sent; an {@code InputStream} comes from base64.
     */
    public Object[] arguments(Method method, JsonNode args, Actor caller) throws IOException {
        Type[] types = method.getGenericParameterTypes();
        Class<?>[] raw = method.getParameterTypes();
        if (args == null || !args.isArray() || args.size() != types.length) {
            throw new ValidationException("args", MESSAGES.text("remoteCalls.arguments_expected", types.length));
        }
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            JsonNode node = args.get(i);
            if (raw[i] == Actor.class) {
                values[i] = caller;
            } else if (raw[i] == InputStream.class) {
                values[i] = node.isNull() ? null : new ByteArrayInputStream(upload(node, i));
            } else {
                values[i] = convert(node, types[i], i);
            }
        }
        return values;
    }

    private Object convert(JsonNode node, Type type, int index) throws IOException {
        try {
            return json.readerFor(json.constructType(type)).readValue(node);
        } catch (JsonMappingException e) {
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof XingfengException x) {
                    throw x; // a record's own check, e.g. PageRequest's: the service's answer, not a JSON error
                }
            }
            e.prependPath(node, index);
            e.prependPath(node, "args");
            throw e;
        }
    }

    private static byte[] upload(JsonNode node, int index) throws IOException {
        if (!node.isTextual()) {
            throw new ValidationException("args[" + index + "]", MESSAGES.text("remoteCalls.file_base64_text"));
        }
        byte[] bytes;
        try {
            bytes = node.binaryValue();
        } catch (IOException | IllegalArgumentException e) {
            throw new ValidationException("args[" + index + "]", MESSAGES.text("remoteCalls.file_valid_base64"));
        }
        if (bytes.length > UPLOAD_LIMIT) {
            throw new BodyTooLargeException(UPLOAD_LIMIT);
        }
        return bytes;
    }

    /** The answer as JSON: the value of its declared type, an empty {@code Optional} as {@code null}. */
    public byte[] result(Method method, Object value) throws IOException {
        Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
        if (method.getReturnType() == void.class) {
            v = null;
        }
        Type type = RemoteMethods.resultType(method);
        if (v == null || type == void.class) {
            return json.writeValueAsBytes(null);
        }
        return json.writerFor(json.constructType(type)).writeValueAsBytes(v);
    }
}
