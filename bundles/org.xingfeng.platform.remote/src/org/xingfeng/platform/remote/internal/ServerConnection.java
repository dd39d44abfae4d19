package org.xingfeng.platform.remote.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.remote.RemoteMethods;
import org.xingfeng.platform.api.remote.ServerUnavailableException;
import org.xingfeng.platform.api.security.LoginSession;
import org.xingfeng.platform.api.security.UserAccount;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The client's line to the county's server: logs in at {@code /api/v1/auth/login}, holds the session (the bearer
 * token lives here only, never in a view), and sends every remote call to {@code /api/v1/remote/...} with it.
 */
final class ServerConnection {

    static final Messages MESSAGES = Messages.of(ServerConnection.class);

    static final String REMOTE = "/api/v1/remote/";
    /** An {@code InputStream} argument is sent whole, as base64: at most what the server takes (20 MiB). */
    static final long UPLOAD_LIMIT = 20L * 1024 * 1024;

    private final String server;
    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json = mapper();
    private final AtomicReference<Session> session = new AtomicReference<>();
    private final Locale language;

    ServerConnection(String server, Duration connectTimeout, Duration timeout) {
        this(server, connectTimeout, timeout, Languages.CHINESE);
    }

    /** {@code language} is the client's: sent as {@code Accept-Language}, so that errors come back in it. */
    ServerConnection(String server, Duration connectTimeout, Duration timeout, Locale language) {
        this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        this.timeout = timeout;
        this.language = Languages.supported(language);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
    }

    /** Dates as ISO text, as the server writes them; fields a newer server adds are skipped. */
    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    String server() {
        return server;
    }

    /** The client's language, in which the server answers. */
    Locale language() {
        return language;
    }

    Session session() {
        return session.get();
    }

    /** Logs in; on success the session holds the token and the actor the server has for it. */
    LoginSession login(String username, String password) {
        ObjectNode body = json.createObjectNode().put("username", username).put("password", password);
        JsonNode answer = read(send(post("/api/v1/auth/login", body, null)), JsonNode.class);
        String token = answer.path("token").asText();
        UserAccount user = json.convertValue(answer.path("user"), UserAccount.class);
        Instant expiresAt = json.convertValue(answer.path("expiresAt"), Instant.class);
        JsonNode caller = read(send(request("caller", token).GET().build()), JsonNode.class);
        session.set(new Session(token, actor(caller), answer.path("passwordChangeRequired").asBoolean()));
        return new LoginSession(token, expiresAt, user);
    }

    /** The actor the server answered with (its roles and reach), for the client's views. */
    static Actor actor(JsonNode caller) {
        Set<String> roles = new HashSet<>();
        caller.path("roles").forEach(r -> roles.add(r.asText()));
        JsonNode units = caller.path("unitIds");
        Reach reach;
        if (units.isMissingNode() || units.isNull()) {
            reach = Reach.EVERYWHERE;
        } else if (units.isEmpty() || caller.path("homeUnitId").isNull()) {
            reach = Reach.NOWHERE;
        } else {
            Set<Long> ids = new HashSet<>();
            units.forEach(u -> ids.add(u.asLong()));
            reach = Reach.of(caller.path("homeUnitId").asLong(), ids);
        }
        return new Actor(caller.path("userId").asLong(), caller.path("username").asText(), roles, reach);
    }

    /**
     * The ids of the modules the server has ({@code GET /health}, open to anyone: no session needed), or a failed
     * stage when the server cannot be reached or its answer holds no module list.
     */
    CompletableFuture<Set<String>> serverModules() {
        HttpRequest request = request("/health", null).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> {
            JsonNode modules;
            try {
                modules = json.readTree(r.body()).path("modules");
            } catch (IOException e) {
                throw new CompletionException(
                        new ServerUnavailableException(server, MESSAGES.text("remoteErrors.not_answer_xingfeng_server",
                                r.statusCode()), e));
            }
            if (!modules.isArray()) {
                throw new CompletionException(
                        new ServerUnavailableException(server, MESSAGES.text("remoteErrors.not_answer_xingfeng_server",
                                r.statusCode()), null));
            }
            Set<String> ids = new HashSet<>();
            modules.forEach(m -> ids.add(m.path("id").asText()));
            return ids;
        });
    }

    void passwordChanged() {
        session.updateAndGet(s -> s == null ? null : new Session(s.token(), s.actor(), false));
    }

    void forget(String token) {
        session.updateAndGet(s -> s != null && s.token().equals(token) ? null : s);
    }

    /** Calls the method on the server and answers as the service would (a {@code CompletionStage} without blocking). */
    Object invoke(Class<?> type, Method method, Object[] args) {
        Session s = session.get();
        HttpRequest request = post(REMOTE + type.getName() + "/" + method.getName(), callBody(method, args),
                s == null ? null : s.token());
        if (CompletionStage.class.isAssignableFrom(method.getReturnType())) {
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .handle((r, e) -> {
                        if (e != null) {
                            throw new CompletionException(
                                    unreachable(e instanceof CompletionException c ? c.getCause() : e));
                        }
                        return read(r, RemoteMethods.resultType(method));
                    });
        }
        Object value = read(send(request), RemoteMethods.resultType(method));
        return Optional.class.isAssignableFrom(method.getReturnType()) ? Optional.ofNullable(value) : value;
    }

    /** {@code {"parameterTypes": [...], "args": [...]}}: an actor is sent as null (the server puts the caller there). */
    ObjectNode callBody(Method method, Object[] args) {
        ObjectNode body = json.createObjectNode();
        ArrayNode types = body.putArray("parameterTypes");
        RemoteMethods.parameterTypeNames(method).forEach(types::add);
        ArrayNode values = body.putArray("args");
        Class<?>[] raw = method.getParameterTypes();
        for (int i = 0; i < raw.length; i++) {
            Object arg = args == null ? null : args[i];
            if (arg == null || raw[i] == Actor.class) {
                values.addNull();
            } else if (arg instanceof InputStream in) {
                values.add(upload(in));
            } else {
                values.add(json.valueToTree(arg));
            }
        }
        return body;
    }

    private static byte[] upload(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) UPLOAD_LIMIT + 1);
            if (bytes.length > UPLOAD_LIMIT) {
                throw new XingfengException(413, "body_too_large", MESSAGES.text("serverConnection.file_too_large",
                        UPLOAD_LIMIT), List.of());
            }
            return bytes;
        } catch (IOException e) {
            throw new XingfengException(400, "unreadable_file",
                    MESSAGES.text("serverConnection.cannot_read_file", e.getMessage()),
                    List.of());
        }
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest
                .newBuilder(URI.create(server + (path.startsWith("/") ? path : REMOTE + path)))
                .timeout(timeout).header("Accept", "application/json")
                .header("Accept-Language", language.toLanguageTag());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private HttpRequest post(String path, JsonNode body, String token) {
        try {
            return request(path, token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the call as JSON: " + e.getMessage(), e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(MESSAGES.get(language, "serverConnection.cancelled"));
        }
    }

    private ServerUnavailableException unreachable(Throwable e) {
        Object reason = e instanceof HttpTimeoutException ? ServerUnavailableException.noAnswer()
                : e instanceof java.net.ConnectException ? ServerUnavailableException.refused()
                        : String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return new ServerUnavailableException(server, reason, e);
    }

    private <T> T read(HttpResponse<byte[]> r, Type type) {
        if (r.statusCode() != 200) {
            throw RemoteErrors.toException(json, server, r.statusCode(), r.body(), language);
        }
        if (type == void.class || type == Void.class) {
            return null;
        }
        try {
            return json.readerFor(json.constructType(type)).readValue(r.body());
        } catch (IOException e) {
            // a server of another release whose answer this client cannot read: not a network failure
            throw new XingfengException(502, "unreadable_answer", MESSAGES.text("serverConnection.unreadable_answer",
                    String.valueOf(e.getMessage()).split("\n")[0]), List.of());
        }
    }
}
