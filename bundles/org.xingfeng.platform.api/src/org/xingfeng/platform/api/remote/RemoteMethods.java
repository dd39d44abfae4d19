package org.xingfeng.platform.api.remote;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The rules of {@link Remote} that the server's dispatch and the client's proxies share. */
public final class RemoteMethods {

    private RemoteMethods() {
    }

    /** An interface a client may call: marked itself, or with at least one marked method. */
    public static boolean isRemote(Class<?> type) {
        if (!type.isInterface() || type.isAnnotation()) {
            return false;
        }
        if (type.isAnnotationPresent(Remote.class)) {
            return true;
        }
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(Remote.class)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a client may call this method of the interface: an abstract or default method, marked or on a marked interface. */
    public static boolean isRemote(Class<?> type, Method method) {
        if (Modifier.isStatic(method.getModifiers()) || !method.getDeclaringClass().isAssignableFrom(type)
                || method.getDeclaringClass() == Object.class) {
            return false;
        }
        return method.isAnnotationPresent(Remote.class) || type.isAnnotationPresent(Remote.class)
                || method.getDeclaringClass().isAnnotationPresent(Remote.class);
    }

    /** The parameter types as a call names them: {@link Class#getTypeName()} of each erased type. */
    public static List<String> parameterTypeNames(Method method) {
        List<String> names = new ArrayList<>();
        for (Class<?> p : method.getParameterTypes()) {
            names.add(p.getTypeName());
        }
        return names;
    }

    /**
     * The type of the value a call answers with: the declared return type without a {@link CompletionStage} (the
     * server awaits it) and without an {@link Optional} (empty is {@code null}).
     */
    public static Type resultType(Method method) {
        Type t = method.getGenericReturnType();
        for (Class<?> wrapper : List.of(CompletionStage.class, Optional.class)) {
            Class<?> raw = raw(t);
            if (raw != null && wrapper.isAssignableFrom(raw)) {
                t = t instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            }
        }
        return t;
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        return t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }
}
