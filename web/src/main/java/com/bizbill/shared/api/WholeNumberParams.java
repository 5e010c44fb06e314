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
 * Query, path and header parameters that are {@code Integer}/{@code Long} are read through
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
        // boxed types only: Jersey passes a custom converter's value for a primitive parameter the wrong way
        // ("argument type mismatch"), so resources declare Integer/Long parameters (with @DefaultValue)
        if (rawType == Integer.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (rawType == Long.class) {
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
                    return isInt ? Integer.valueOf((int) n) : Long.valueOf(n);
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
