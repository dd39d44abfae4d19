package org.xingfeng.platform.remote.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.remote.RemoteMethods;

/** An api service whose calls go to the county's server: the same interface, the same answers and exceptions. */
final class RemoteProxy implements InvocationHandler {

    static final Messages MESSAGES = Messages.of(RemoteProxy.class);

    private final Class<?> type;
    private final ServerConnection connection;

    private RemoteProxy(Class<?> type, ServerConnection connection) {
        this.type = type;
        this.connection = connection;
    }

    static Object create(Class<?> type, ServerConnection connection) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                new RemoteProxy(type, connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> type.getSimpleName() + " @ " + connection.server();
            };
        }
        if (!RemoteMethods.isRemote(type, method)) {
            throw new UnsupportedOperationException(
                    MESSAGES.get(connection.language(), "remoteProxy.runs_server_only", type.getSimpleName(),
                            method.getName()));
        }
        return connection.invoke(type, method, args);
    }
}
