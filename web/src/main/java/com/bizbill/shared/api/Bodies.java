package com.bizbill.shared.api;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Issue 13 §6: the shape of a request body's arrays, checked before anything runs. A {@code null}
 * element ({@code {"records":[null]}}) is a 400 naming the element ({@code records[0]}), never a 500 from
 * deep inside the service.
 */
public final class Bodies {

    private Bodies() {
    }

    /** Refuses null elements of {@code list} (a null list is the caller's own check). */
    public static void noNullItems(List<?> list, String field) {
        List<BizbillException.FieldError> errors = nullItems(list, field);
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
    }

    /** Refuses null elements of {@code list} and of each element's own array ({@code field[i].nested[j]}). */
    public static <T> void noNullItems(List<T> list, String field, String nested, Function<T, List<?>> inner) {
        List<BizbillException.FieldError> errors = nullItems(list, field);
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    errors.addAll(nullItems(inner.apply(list.get(i)), field + "[" + i + "]." + nested));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
    }

    private static List<BizbillException.FieldError> nullItems(List<?> list, String field) {
        List<BizbillException.FieldError> errors = new ArrayList<>();
        if (list != null) {
            for (int i = 0; i < list.size() && errors.size() < 20; i++) {
                if (list.get(i) == null) {
                    errors.add(new BizbillException.FieldError(field + "[" + i + "]", "an object is required, not null"));
                }
            }
        }
        return errors;
    }

    private static BizbillException refused(List<BizbillException.FieldError> errors) {
        return new BizbillException(ErrorCode.VALIDATION_FAILED, "the request has null elements", errors);
    }
}
