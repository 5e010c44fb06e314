package com.bizbill.shared.api;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the partner API as problem+json. A client mistake never becomes a 500, and
 * a real 500 says only an incident id (the stack trace goes to the log, not to the caller).
 * Issue 15 §2: every answer is in the caller's language ({@link ApiLanguage}): English, or Korean.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class BusinessMapper implements ExceptionMapper<BizbillException> {
        @Context
        UriInfo uri;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(BizbillException e) {
            return Problems.of(e, uri, ApiLanguage.of(headers));
        }
    }

    /** Bean Validation of parameters and bodies: 400 with the list of fields. */
    @Provider
    public static class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Context
        UriInfo uri;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            Locale locale = ApiLanguage.of(headers);
            List<Problem.FieldProblem> fields = e.getConstraintViolations().stream()
                    .map(v -> Problems.field(fieldError(v), locale))
                    .sorted(java.util.Comparator.comparing(f -> f.field))
                    .toList();
            return Problems.of(ErrorCode.VALIDATION_FAILED, "the request has invalid fields", fields, uri, locale);
        }

        ValidationMapper withUri(UriInfo u, HttpHeaders h) {
            this.uri = u;
            this.headers = h;
            return this;
        }

        /**
         * Issue 15 §2: a violated constraint as a field error with a bundle key
         * ({@code field.constraint.<Annotation>}) and the constraint's bounds as arguments, so it reads in the
         * caller's language ({0} = min or value, {1} = max).
         */
        static BizbillException.FieldError fieldError(ConstraintViolation<?> v) {
            var d = v.getConstraintDescriptor();
            if (d == null || d.getAnnotation() == null) {
                return new BizbillException.FieldError(fieldName(v), null);
            }
            Map<String, Object> a = d.getAttributes();
            Object first = a.containsKey("min") ? a.get("min") : a.get("value");
            Object second = a.get("max");
            return new BizbillException.FieldError(fieldName(v),
                    "field.constraint." + d.getAnnotation().annotationType().getSimpleName(),
                    java.util.Arrays.asList(first == null ? 0 : first, second == null ? 0 : second));
        }

        /** The last node of the property path: the query parameter or body property name. */
        static String fieldName(ConstraintViolation<?> v) {
            String name = null;
            for (Path.Node node : v.getPropertyPath()) {
                name = node.getName();
            }
            return name;
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof BizbillException b) {
                // a parameter refused by WholeNumberParams: its field error, in the caller's language
                return Problems.of(b, uri, ApiLanguage.of(headers));
            }
            int status = e.getResponse().getStatus();
            ErrorCode code = switch (status) {
                case 400 -> ErrorCode.VALIDATION_FAILED;
                case 401 -> ErrorCode.UNAUTHENTICATED;
                case 403 -> ErrorCode.FORBIDDEN;
                case 404 -> ErrorCode.NOT_FOUND;
                case 409 -> ErrorCode.CONFLICT;
                default -> null;
            };
            if (code == null) {
                if (status >= 500) {
                    return internal(e, uri, ApiLanguage.of(headers));
                }
                Problem p = new Problem("about:blank", e.getResponse().getStatusInfo().getReasonPhrase(), status,
                        null, uri.getRequestUri().getPath(), null, null);
                return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
            }
            String detail = e instanceof NotFoundException ? "no such resource" : safeDetail(e);
            return Problems.of(code, detail, null, uri, ApiLanguage.of(headers));
        }

        private static String safeDetail(WebApplicationException e) {
            // JAX-RS messages like "HTTP 400 Bad Request" are safe; never include a cause's trace
            return e.getMessage();
        }
    }

    /** Unreadable JSON bodies. */
    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonbException> {
        @Context
        UriInfo uri;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e, uri, ApiLanguage.of(headers));
        }
    }

    /**
     * Issue 13 §6: a body JSON-B cannot bind (a wrong type or shape, e.g. a number where an array of objects
     * belongs) is a 400 naming the property JSON-B names ("Unable to deserialize property 'records' …"),
     * or "body" when it names none.
     */
    static Response unreadable(Throwable e, UriInfo uri, Locale locale) {
        List<String> path = new java.util.ArrayList<>();
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            java.util.regex.Matcher m = PROPERTY.matcher(String.valueOf(c.getMessage()));
            while (m.find()) {
                if (path.isEmpty() || !path.get(path.size() - 1).equals(m.group(1))) {
                    path.add(m.group(1));
                }
            }
        }
        String field = path.isEmpty() ? "body" : String.join(".", path);
        return Problems.of(ErrorCode.VALIDATION_FAILED, "the body is not valid JSON for this request",
                List.of(Problems.field(new BizbillException.FieldError(field, "field.wrongShape"), locale)), uri, locale);
    }

    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    /** Everything else: unwrap what we know, otherwise a 500 with an incident id. */
    @Provider
    public static class FallbackMapper implements ExceptionMapper<Throwable> {
        @Context
        UriInfo uri;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            Locale locale = ApiLanguage.of(headers);
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof BizbillException b) {
                    return Problems.of(b, uri, locale);
                }
                if (c instanceof ConstraintViolationException v) {
                    return new ValidationMapper().withUri(uri, headers).toResponse(v);
                }
                if (c instanceof OptimisticLockException) {
                    return Problems.of(ErrorCode.CONCURRENT_UPDATE, "changed by someone else; try again", null, uri,
                            locale);
                }
                if (c instanceof JsonbException || c instanceof ProcessingException) {
                    return unreadable(c, uri, locale);
                }
                if (!(c instanceof EJBException) && c.getCause() == null) {
                    break;
                }
            }
            return internal(e, uri, locale);
        }
    }

    static Response internal(Throwable e, UriInfo uri) {
        return internal(e, uri, Locale.ENGLISH);
    }

    static Response internal(Throwable e, UriInfo uri, Locale locale) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "incident " + incident + " on " + (uri == null ? "?" : uri.getRequestUri()), e);
        return Problems.of(ErrorCode.INTERNAL, "internal error, incident " + incident, null, uri, locale);
    }
}
