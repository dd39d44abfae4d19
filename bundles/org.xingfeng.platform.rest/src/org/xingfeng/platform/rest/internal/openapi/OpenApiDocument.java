package org.xingfeng.platform.rest.internal.openapi;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.glassfish.jersey.media.multipart.FormDataParam;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.ServletApi;
import org.xingfeng.platform.rest.internal.ErrorBody;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds one OpenAPI 3.0 document from Jakarta REST resource classes (their {@code @Path}, HTTP methods,
 * parameters, media types, body and return types) and from servlets' {@link ServletApi} descriptions. Every
 * operation may answer the error body; operations not marked {@code @PermitAll} need the bearer token.
 */
public final class OpenApiDocument {

    static final Messages MESSAGES = Messages.of(OpenApiDocument.class);

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?\\}");
    private static final Set<String> IGNORED_HEADERS = Set.of("authorization", "content-type", "accept");

    private final Schemas schemas = new Schemas();
    private final Map<String, ObjectNode> paths = new TreeMap<>();
    private final Set<String> operationIds = new LinkedHashSet<>();
    private final Locale locale;

    /** A document whose descriptions are in {@code locale}'s language. */
    public OpenApiDocument(Locale locale) {
        this.locale = locale;
    }

    /** Adds every resource method of a resource class; {@code base} is its application's path ("" or "/x"). */
    public void addResource(Class<?> type, String base) {
        Path classPath = type.getAnnotation(Path.class);
        for (Method m : type.getMethods()) {
            String verb = httpMethod(m);
            if (verb == null) {
                continue;
            }
            Path methodPath = m.getAnnotation(Path.class);
            String path = join(base, classPath == null ? "" : classPath.value(),
                    methodPath == null ? "" : methodPath.value());
            addOperation(type, m, verb, path);
        }
    }

    /** Adds a servlet's endpoints as it describes them. */
    public void addServlet(ServletApi api) {
        for (ServletApi.Operation o : api.operations()) {
            ObjectNode op = F.objectNode();
            op.put("operationId", operationId(api.getClass().getSimpleName() + "_" + o.method().toLowerCase()));
            op.put("summary", o.summary());
            tag(op, o.path());
            if (o.requestType() != null) {
                ObjectNode body = op.putObject("requestBody").put("required", true);
                body.putObject("content").putObject(MediaType.APPLICATION_JSON).set("schema",
                        schemas.of(o.requestType()));
            }
            ObjectNode responses = op.putObject("responses");
            ObjectNode ok = responses.putObject(Integer.toString(o.status())).put("description",
                    description(o.status()));
            if (o.responseType() != null) {
                ok.putObject("content").putObject(MediaType.APPLICATION_JSON).set("schema",
                        schemas.of(o.responseType()));
            }
            responses.putObject("default").put("$ref", "#/components/responses/Error");
            if (o.open()) {
                op.putArray("security");
            }
            put(normalise(o.path()), o.method().toLowerCase(), op, List.of());
        }
    }

    /** The document, with {@code title} and {@code version} in its info. */
    public ObjectNode build(String title, String version, String description) {
        ObjectNode doc = F.objectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", title).put("version", version).put("description", description);
        doc.putArray("servers").addObject().put("url", "/");
        ObjectNode p = doc.putObject("paths");
        paths.forEach(p::set);
        ObjectNode components = doc.putObject("components");
        schemas.named(ErrorBody.FieldError.class, "FieldError"); // as sent: field, row and the rendered message
        ObjectNode error = schemas.of(ErrorBody.class);
        ObjectNode schemaNodes = components.putObject("schemas");
        schemas.components().forEach(schemaNodes::set);
        ObjectNode errorResponse = components.putObject("responses").putObject("Error")
                .put("description", MESSAGES.get(locale, "openApiDocument.error"));
        errorResponse.putObject("content").putObject(MediaType.APPLICATION_JSON).set("schema", error);
        components.putObject("securitySchemes").putObject("bearerAuth").put("type", "http").put("scheme", "bearer")
                .put("description", MESSAGES.get(locale, "openApiDocument.token_from_post_api_v1"));
        doc.putArray("security").addObject().putArray("bearerAuth");
        return doc;
    }

    private void addOperation(Class<?> type, Method m, String verb, String path) {
        ObjectNode op = F.objectNode();
        op.put("operationId", operationId(type.getSimpleName() + "_" + m.getName()));
        tag(op, path);
        List<ObjectNode> parameters = new ArrayList<>();
        ObjectNode form = F.objectNode().put("type", "object");
        Set<String> formTypes = new LinkedHashSet<>();
        Type body = null;
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(Context.class)) {
                continue;
            }
            if (p.isAnnotationPresent(BeanParam.class)) {
                beanParameters(p.getType(), parameters, form, formTypes);
                continue;
            }
            if (!parameter(p, p.getParameterizedType(), p.getType(), parameters, form, formTypes)) {
                body = p.getParameterizedType();
            }
        }
        if (!parameters.isEmpty()) {
            ArrayNode array = op.putArray("parameters");
            parameters.forEach(array::add);
        }
        List<String> consumes = mediaTypes(m, type, Consumes.class);
        if (!formTypes.isEmpty()) {
            ObjectNode content = op.putObject("requestBody").putObject("content");
            for (String t : formTypes) {
                content.putObject(t).set("schema", form);
            }
        } else if (body != null) {
            ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
            for (String t : consumes.isEmpty() ? List.of(MediaType.APPLICATION_JSON) : consumes) {
                content.putObject(t).set("schema", bodySchema(t, body));
            }
        }
        op.set("responses", responses(type, m));
        if (annotated(m, type, PermitAll.class)) {
            op.putArray("security");
        } else {
            RolesAllowed roles = m.getAnnotation(RolesAllowed.class) != null ? m.getAnnotation(RolesAllowed.class)
                    : type.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                op.put("description", MESSAGES.get(locale, "openApiDocument.roles", String.join(", ", roles.value())));
            }
        }
        put(normalise(path), verb.toLowerCase(), op, templateParameters(path));
    }

    /** True when the parameter was a path, query, header, cookie or form parameter; false for the body. */
    private boolean parameter(AnnotatedElement e, Type generic, Class<?> raw, List<ObjectNode> parameters,
            ObjectNode form,
            Set<String> formTypes) {
        String in = null;
        String name = null;
        if (e.getAnnotation(PathParam.class) != null) {
            in = "path";
            name = e.getAnnotation(PathParam.class).value();
        } else if (e.getAnnotation(QueryParam.class) != null) {
            in = "query";
            name = e.getAnnotation(QueryParam.class).value();
        } else if (e.getAnnotation(HeaderParam.class) != null) {
            in = "header";
            name = e.getAnnotation(HeaderParam.class).value();
        } else if (e.getAnnotation(CookieParam.class) != null) {
            in = "cookie";
            name = e.getAnnotation(CookieParam.class).value();
        } else if (e.getAnnotation(FormParam.class) != null) {
            form.with("properties").set(e.getAnnotation(FormParam.class).value(), schemas.of(generic));
            formTypes.add(MediaType.APPLICATION_FORM_URLENCODED);
            return true;
        } else if (e.getAnnotation(FormDataParam.class) != null) {
            String field = e.getAnnotation(FormDataParam.class).value();
            boolean file = raw == InputStream.class || raw.getName().startsWith("org.glassfish.jersey.media.multipart");
            form.with("properties").set(field, file ? Schemas.simple("string", "binary") : schemas.of(generic));
            formTypes.add(MediaType.MULTIPART_FORM_DATA);
            return true;
        } else if (Arrays.stream(e.getAnnotations()).anyMatch(OpenApiDocument::isParamAnnotation)) {
            return true; // matrix parameters and the like: not described
        } else {
            return false;
        }
        if (in.equals("header") && IGNORED_HEADERS.contains(name.toLowerCase())) {
            return true; // OpenAPI describes these headers elsewhere (security, content types)
        }
        ObjectNode p = F.objectNode().put("name", name).put("in", in);
        ObjectNode schema = schemas.of(generic);
        DefaultValue dv = e.getAnnotation(DefaultValue.class);
        if (dv != null && schema.has("type")) {
            defaultValue(schema, dv.value());
        }
        if (in.equals("path")) {
            p.put("required", true);
        } else if (raw.isPrimitive() && dv == null) {
            p.put("required", true);
        }
        if (Collection.class.isAssignableFrom(raw) && in.equals("query")) {
            p.put("style", "form").put("explode", true);
        }
        p.set("schema", schema);
        String where = in;
        parameters.removeIf(
                x -> x.path("name").asText().equals(p.path("name").asText()) && x.path("in").asText().equals(where));
        parameters.add(p);
        return true;
    }

    /** The default in the schema's own type; one that does not parse as it is left out. */
    private static void defaultValue(ObjectNode schema, String value) {
        try {
            switch (schema.path("type").asText()) {
                case "integer" -> schema.put("default", Long.parseLong(value));
                case "number" -> schema.put("default", Double.parseDouble(value));
                case "boolean" -> {
                    if (value.equals("true") || value.equals("false")) {
                        schema.put("default", Boolean.parseBoolean(value));
                    }
                }
                case "string" -> schema.put("default", value);
                default -> {
                    // arrays and objects: no default written
                }
            }
        } catch (NumberFormatException e) {
            // not written
        }
    }

    private void beanParameters(Class<?> bean, List<ObjectNode> parameters, ObjectNode form, Set<String> formTypes) {
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                parameter(f, f.getGenericType(), f.getType(), parameters, form, formTypes);
            }
        }
        for (var ctor : bean.getConstructors()) {
            for (Parameter p : ctor.getParameters()) {
                parameter(p, p.getParameterizedType(), p.getType(), parameters, form, formTypes);
            }
        }
    }

    private static boolean isParamAnnotation(Annotation a) {
        return a.annotationType().getName().startsWith("jakarta.ws.rs.")
                && a.annotationType().getSimpleName().endsWith("Param");
    }

    private ObjectNode responses(Class<?> type, Method m) {
        ObjectNode responses = F.objectNode();
        List<String> produces = mediaTypes(m, type, Produces.class);
        ApiResponse documented = m.getAnnotation(ApiResponse.class);
        Class<?> raw = m.getReturnType();
        if (documented != null) {
            ObjectNode ok = responses.putObject(Integer.toString(documented.status())).put("description",
                    description(documented.status()));
            if (documented.type() != Void.class && documented.type() != void.class) {
                ObjectNode schema = schemas.of(documented.type());
                content(ok, produces, documented.list() ? Schemas.array(schema) : schema);
            }
        } else if (raw == void.class) {
            responses.putObject("204").put("description", description(204));
        } else if (raw == Response.class) {
            // a body decided at run time, not yet documented with @ApiResponse
            content(responses.putObject("200").put("description", description(200)), produces, F.objectNode());
        } else {
            ObjectNode ok = responses.putObject("200").put("description", description(200));
            content(ok, produces, raw == StreamingOutput.class || raw == byte[].class
                    ? Schemas.simple("string", "binary")
                    : schemas.of(m.getGenericReturnType()));
        }
        responses.putObject("default").put("$ref", "#/components/responses/Error");
        return responses;
    }

    private static void content(ObjectNode response, List<String> produces, ObjectNode schema) {
        ObjectNode content = response.putObject("content");
        for (String t : produces.isEmpty() ? List.of(MediaType.APPLICATION_JSON) : produces) {
            content.putObject(t).set("schema", json(t) ? schema : Schemas.simple("string", text(t) ? null : "binary"));
        }
    }

    private ObjectNode bodySchema(String mediaType, Type body) {
        if (json(mediaType) && body != InputStream.class && body != byte[].class) {
            return schemas.of(body);
        }
        return Schemas.simple("string", text(mediaType) ? null : "binary");
    }

    private static boolean json(String mediaType) {
        return mediaType.contains("json") || mediaType.equals("*/*");
    }

    private static boolean text(String mediaType) {
        return mediaType.startsWith("text/");
    }

    private String description(int status) {
        return switch (status) {
            case 200 -> MESSAGES.get(locale, "openApiDocument.ok");
            case 201 -> MESSAGES.get(locale, "openApiDocument.created");
            case 202 -> MESSAGES.get(locale, "openApiDocument.accepted");
            case 204 -> MESSAGES.get(locale, "openApiDocument.no_content");
            default -> "HTTP " + status;
        };
    }

    /** Adds an operation; a second Java method on the same path and verb (e.g. another media type) is merged in. */
    private void put(String path, String verb, ObjectNode op, List<String> templateNames) {
        ObjectNode item = paths.computeIfAbsent(path, k -> F.objectNode());
        ObjectNode existing = (ObjectNode) item.get(verb);
        if (existing == null) {
            declareTemplateParameters(op, templateNames);
            item.set(verb, op);
            return;
        }
        merge(existing, op, "parameters");
        op.path("responses").fields().forEachRemaining(r -> {
            ObjectNode target = (ObjectNode) existing.with("responses").get(r.getKey());
            if (target == null) {
                existing.with("responses").set(r.getKey(), r.getValue());
            } else if (r.getValue().has("content")) {
                r.getValue().get("content").fields()
                        .forEachRemaining(c -> target.with("content").set(c.getKey(), c.getValue()));
            }
        });
        if (op.has("requestBody") && !existing.has("requestBody")) {
            existing.set("requestBody", op.get("requestBody"));
        } else if (op.has("requestBody")) {
            op.get("requestBody").path("content").fields().forEachRemaining(
                    c -> ((ObjectNode) existing.get("requestBody")).with("content").set(c.getKey(), c.getValue()));
        }
    }

    private static void merge(ObjectNode existing, ObjectNode op, String field) {
        if (!op.has(field)) {
            return;
        }
        ArrayNode target = existing.withArray(field);
        for (var p : op.get(field)) {
            boolean present = false;
            for (var q : target) {
                present |= q.path("name").equals(p.path("name")) && q.path("in").equals(p.path("in"));
            }
            if (!present) {
                target.add(p);
            }
        }
    }

    /** Every {name} of the path must be a declared path parameter (a regular expression in it becomes a pattern). */
    private static void declareTemplateParameters(ObjectNode op, List<String> templateNames) {
        for (String spec : templateNames) {
            String[] parts = spec.split(":", 2);
            String name = parts[0];
            ObjectNode declared = null;
            for (var p : op.withArray("parameters")) {
                if (p.path("in").asText().equals("path") && p.path("name").asText().equals(name)) {
                    declared = (ObjectNode) p;
                }
            }
            if (declared == null) {
                declared = op.withArray("parameters").addObject().put("name", name).put("in", "path").put("required",
                        true);
                declared.set("schema", Schemas.simple("string", null));
            }
            if (parts.length > 1 && "string".equals(declared.path("schema").path("type").asText())) {
                ((ObjectNode) declared.get("schema")).put("pattern", "^" + parts[1].trim() + "$");
            }
        }
        if (op.has("parameters") && op.get("parameters").isEmpty()) {
            op.remove("parameters");
        }
    }

    private static List<String> templateParameters(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = TEMPLATE.matcher(path);
        while (m.find()) {
            names.add(m.group(2) == null ? m.group(1) : m.group(1) + m.group(2));
        }
        return names;
    }

    /** Jakarta REST templates ({id: \d+}) become OpenAPI's ({id}); slashes are single; it starts with one. */
    static String normalise(String path) {
        String p = TEMPLATE.matcher(path).replaceAll("{$1}").replaceAll("/+", "/");
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static String join(String... parts) {
        return String.join("/", parts);
    }

    private static void tag(ObjectNode op, String path) {
        String[] segments = normalise(path).split("/");
        // /api/v1/<module>/... is tagged with the module's first segment; /health and /guide/... with theirs
        String tag = segments.length > 3 && segments[1].equals("api") ? segments[3]
                : segments.length > 1 ? segments[1] : "api";
        op.putArray("tags").add(tag);
    }

    private String operationId(String wanted) {
        String id = wanted;
        for (int i = 2; !operationIds.add(id); i++) {
            id = wanted + i;
        }
        return id;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    private static List<String> mediaTypes(Method m, Class<?> type, Class<? extends Annotation> which) {
        String[] values = null;
        Annotation a = m.getAnnotation(which) != null ? m.getAnnotation(which) : type.getAnnotation(which);
        if (a instanceof Produces p) {
            values = p.value();
        } else if (a instanceof Consumes c) {
            values = c.value();
        }
        List<String> list = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String t : v.split(",")) {
                    list.add(t.trim());
                }
            }
        }
        return list;
    }

    private static boolean annotated(Method m, Class<?> type, Class<? extends Annotation> a) {
        return m.isAnnotationPresent(a) || type.isAnnotationPresent(a) && !m.isAnnotationPresent(RolesAllowed.class);
    }
}
