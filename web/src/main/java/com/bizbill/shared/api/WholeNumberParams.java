package com.bizbill.shared.api;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.limits.BoundedNumbers;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Query, path and header parameters that are {@code int}/{@code long} (boxed or not) are read through
 * {@link BoundedNumbers}: "1.5" or a number beyond the type is a 400 naming the parameter
 * (JAX-RS would answer a bare 404 for a query parameter it cannot convert).
 */
@Provider
public class WholeNumberParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        long min;
        long max;
        if (rawType == int.class || rawType == Integer.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (rawType == long.class || rawType == Long.class) {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        } else {
            return null;
        }
        String name = name(annotations);
        boolean isInt = max == Integer.MAX_VALUE;
        return (ParamConverter<T>) new ParamConverter<Object>() {
            @Override
            public Object fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    long n = BoundedNumbers.parse(name, value.replace(",", "_"), min, max); // no separators here
                    // not "isInt ? Integer : Long": numeric promotion would make every value a Long
                    if (isInt) {
                        return Integer.valueOf((int) n);
                    }
                    return Long.valueOf(n);
                } catch (BizbillException e) {
                    // a WebApplicationException passes through JAX-RS's parameter handling as it is
                    throw new WebApplicationException(e, Problems.of(e, null));
                }
            }

            @Override
            public String toString(Object value) {
                return String.valueOf(value);
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
        }
        return "parameter";
    }
}
