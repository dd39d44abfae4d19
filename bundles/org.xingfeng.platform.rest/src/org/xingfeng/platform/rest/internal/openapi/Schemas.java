package org.xingfeng.platform.rest.internal.openapi;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON schemas of Java types as the platform's JSON extension (Jackson) writes them: records and beans become
 * named component schemas referenced with {@code $ref}, collections arrays, maps objects, dates ISO-8601 strings.
 */
final class Schemas {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Component schemas by name, sorted. */
    private final Map<String, ObjectNode> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    Map<String, ObjectNode> components() {
        return components;
    }

    ObjectNode of(Type type) {
        if (type instanceof Class<?> c) {
            return ofClass(c);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return array(of(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode s = F.objectNode().put("type", "object");
                s.set("additionalProperties", of(args[1]));
                return s;
            }
            if (raw == Optional.class) {
                return of(args[0]);
            }
            return ofClass(raw);
        }
        if (type instanceof GenericArrayType g) {
            return array(of(g.getGenericComponentType()));
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return of(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?>) {
            return F.objectNode();
        }
        return F.objectNode();
    }

    private ObjectNode ofClass(Class<?> c) {
        if (c == String.class || c == char.class || c == Character.class) {
            return simple("string", null);
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class
                || c == Byte.class
                || c == OptionalInt.class) {
            return simple("integer", "int32");
        }
        if (c == long.class || c == Long.class || c == OptionalLong.class || c == BigInteger.class) {
            return simple("integer", "int64");
        }
        if (c == double.class || c == Double.class || c == OptionalDouble.class) {
            return simple("number", "double");
        }
        if (c == float.class || c == Float.class) {
            return simple("number", "float");
        }
        if (c == BigDecimal.class || c == Number.class) {
            return simple("number", null);
        }
        if (c == boolean.class || c == Boolean.class) {
            return simple("boolean", null);
        }
        if (c == LocalDate.class) {
            return simple("string", "date");
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class || c == LocalDateTime.class) {
            return simple("string", "date-time");
        }
        if (c == LocalTime.class || c == YearMonth.class || c == Duration.class) {
            return simple("string", null);
        }
        if (c == Year.class) {
            return simple("integer", "int32");
        }
        if (c == UUID.class) {
            return simple("string", "uuid");
        }
        if (c == byte[].class) {
            return simple("string", "byte");
        }
        if (c.isArray()) {
            return array(ofClass(c.getComponentType()));
        }
        if (c.isEnum()) {
            ObjectNode s = simple("string", null);
            for (Object constant : c.getEnumConstants()) {
                s.withArray("enum").add(((Enum<?>) constant).name());
            }
            return s;
        }
        if (Collection.class.isAssignableFrom(c)) {
            return array(F.objectNode());
        }
        if (Map.class.isAssignableFrom(c)) {
            return F.objectNode().put("type", "object");
        }
        if (c == Object.class || c.isInterface() || c.getName().startsWith("java.")
                || c.getName().startsWith("jakarta.")
                || c.getName().startsWith("com.fasterxml.")) {
            return F.objectNode(); // anything (JsonNode, Object, an interface): not described further
        }
        return ref(c);
    }

    /** A type described under a chosen name, if still free (the error body's detail as {@code FieldError}). */
    public ObjectNode named(Class<?> c, String name) {
        return ref(c, name);
    }

    private ObjectNode ref(Class<?> c) {
        return ref(c, null);
    }

    private ObjectNode ref(Class<?> c, String preferred) {
        String name = names.get(c);
        if (name == null) {
            name = preferred != null && !components.containsKey(preferred) ? preferred : nameFor(c);
            names.put(c, name);
            ObjectNode schema = F.objectNode().put("type", "object");
            components.put(name, schema); // before the properties: a type may refer to itself
            ObjectNode properties = schema.putObject("properties");
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    if (rc.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                        continue;
                    }
                    properties.set(jsonName(rc.getName(), rc.getAccessor()), of(rc.getGenericType()));
                }
            } else {
                for (Method m : c.getMethods()) {
                    String property = beanProperty(m);
                    if (property != null) {
                        properties.set(jsonName(property, m), of(m.getGenericReturnType()));
                    }
                }
            }
        }
        return F.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    /** The simple name, or for a nested type Outer.Inner as OuterInner; a clash takes the package too. */
    private String nameFor(Class<?> c) {
        String simple = c.getEnclosingClass() == null ? c.getSimpleName()
                : c.getEnclosingClass().getSimpleName() + c.getSimpleName();
        if (!components.containsKey(simple)) {
            return simple;
        }
        return c.getName().replace('$', '.');
    }

    private static String jsonName(String name, Method accessor) {
        JsonProperty p = accessor.getAnnotation(JsonProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : name;
    }

    private static String beanProperty(Method m) {
        if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class
                || m.isAnnotationPresent(JsonIgnore.class)) {
            return null;
        }
        String n = m.getName();
        if (n.startsWith("get") && n.length() > 3 && m.getReturnType() != void.class) {
            return Character.toLowerCase(n.charAt(3)) + n.substring(4);
        }
        if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class)) {
            return Character.toLowerCase(n.charAt(2)) + n.substring(3);
        }
        return null;
    }

    static ObjectNode simple(String type, String format) {
        ObjectNode s = F.objectNode().put("type", type);
        if (format != null) {
            s.put("format", format);
        }
        return s;
    }

    static ObjectNode array(ObjectNode items) {
        ObjectNode s = F.objectNode().put("type", "array");
        s.set("items", items);
        return s;
    }
}
