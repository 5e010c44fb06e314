package com.bizbill.shared.api;

import com.bizbill.shared.WholeNumbers;
import com.bizbill.shared.error.BizbillException.FieldError;
import com.bizbill.shared.limits.BoundedNumbers;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Walks a JSON body beside the class it will be bound to, before JSON-B binds it (design.md "Numbers at
 * the boundary"). JSON-B would truncate {@code 1000.7} to 1000 and wrap {@code 1e30} around a
 * {@code long}; here every integral field must hold a whole number inside its Java type, every array
 * element must be present, every nested object an object, and every enum one of its names. The answer is
 * the list of field errors with their paths ({@code invoices[2].lines[0].supplyAmount}); empty when the
 * body is fine. Business maximums are the services' (they know which amount is which).
 */
public final class JsonBodyCheck {

    /** No single string in a body is longer than this, whatever its field (huge bodies are refused earlier). */
    public static final int MAX_STRING = 100_000;
    private static final int MAX_ERRORS = 50;
    private static final int MAX_DEPTH = 20;

    private final List<FieldError> errors = new ArrayList<>();

    private JsonBodyCheck() {
    }

    public static List<FieldError> check(JsonValue body, Type type) {
        JsonBodyCheck c = new JsonBodyCheck();
        c.value(body, type, "", 0);
        return List.copyOf(c.errors);
    }

    private void value(JsonValue v, Type type, String path, int depth) {
        if (errors.size() >= MAX_ERRORS || v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return; // a missing or null field is the service's to require
        }
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || raw == JsonValue.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (depth > MAX_DEPTH) {
            add(path, "json.notAnObject");
            return;
        }
        if (raw == long.class || raw == Long.class) {
            number(v, path, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == int.class || raw == Integer.class) {
            number(v, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                || raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            add(path, "json.notText"); // not used in bodies: refuse rather than guess
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
                add(path, "json.notBoolean");
            }
        } else if (raw == String.class || CharSequence.class.isAssignableFrom(raw)) {
            if (!(v instanceof JsonString s)) {
                add(path, "json.notText");
            } else if (s.getString().length() > MAX_STRING) {
                add(path, "json.tooLong", MAX_STRING);
            }
        } else if (raw.isEnum()) {
            List<String> names = Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
            if (!(v instanceof JsonString s) || !names.contains(s.getString())) {
                add(path, "json.notOneOf", String.join(", ", names));
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            Type element = raw.isArray() ? raw.getComponentType() : typeArgument(type, 0);
            if (!(v instanceof JsonArray a)) {
                add(path, "json.notAnArray");
                return;
            }
            for (int i = 0; i < a.size() && errors.size() < MAX_ERRORS; i++) {
                String at = path + "[" + i + "]";
                if (a.get(i).getValueType() == JsonValue.ValueType.NULL) {
                    add(at, "json.notNull");
                } else {
                    value(a.get(i), element, at, depth + 1);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(v instanceof JsonObject)) {
                add(path, "json.notAnObject");
            }
        } else if (raw.getName().startsWith("java.")) {
            // LocalDate, Instant …: bound from strings by JSON-B, whose failures are 400s already
            if (!(v instanceof JsonString)) {
                add(path, "json.notText");
            }
        } else {
            object(v, raw, path, depth);
        }
    }

    private void object(JsonValue v, Class<?> raw, String path, int depth) {
        if (!(v instanceof JsonObject o)) {
            add(path, "json.notAnObject");
            return;
        }
        if (raw.isRecord()) {
            for (RecordComponent rc : raw.getRecordComponents()) {
                JsonbProperty p = rc.getAccessor().getAnnotation(JsonbProperty.class);
                String name = p != null && !p.value().isEmpty() ? p.value() : rc.getName();
                member(o, name, rc.getGenericType(), rc.getAccessor().getAnnotation(Size.class), path, depth);
            }
            return;
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(JsonbTransient.class)) {
                    continue;
                }
                JsonbProperty p = f.getAnnotation(JsonbProperty.class);
                String name = p != null && !p.value().isEmpty() ? p.value() : f.getName();
                member(o, name, f.getGenericType(), f.getAnnotation(Size.class), path, depth);
            }
        }
    }

    private void member(JsonObject o, String name, Type type, Size size, String path, int depth) {
        JsonValue v = o.get(name);
        String at = path.isEmpty() ? name : path + "." + name;
        value(v, type, at, depth + 1);
        if (size != null && v instanceof JsonString s && s.getString().length() > size.max()) {
            add(at, "json.tooLong", size.max());
        }
    }

    private void number(JsonValue v, String path, long min, long max) {
        if (!(v instanceof JsonNumber n)) {
            add(path, "number.notANumber");
            return;
        }
        try {
            WholeNumbers.exact(n.bigDecimalValue(), min, max);
        } catch (WholeNumbers.Refused r) {
            errors.add(BoundedNumbers.fieldError(path, r));
        }
    }

    private void add(String path, String key, Object... args) {
        errors.add(new FieldError(path.isEmpty() ? "body" : path, key, List.of(args)));
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null; // type variables, wildcards: not checked
    }

    private static Type typeArgument(Type t, int i) {
        return t instanceof ParameterizedType p && p.getActualTypeArguments().length > i
                ? p.getActualTypeArguments()[i] : Object.class;
    }
}
