package com.bizbill.shared.api;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.web.FieldMessages;
import com.bizbill.shared.web.Messages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/**
 * Builds problem+json responses in the caller's language (issue 15 §2, see {@link ApiLanguage}): the
 * title is the bundle's {@code error.<CODE>}, field errors are words; the detail stays the developer's
 * English sentence.
 */
public final class Problems {

    private Problems() {
    }

    public static Response of(ErrorCode code, String detail, List<Problem.FieldProblem> errors, UriInfo uri) {
        return of(code, detail, errors, uri, Locale.ENGLISH);
    }

    public static Response of(ErrorCode code, String detail, List<Problem.FieldProblem> errors, UriInfo uri,
                              Locale locale) {
        String title = title(code, locale);
        Problem p = new Problem(code.typeUri(), title, code.httpStatus(),
                detail == null || detail.isBlank() ? title : detail,
                uri == null ? null : uri.getRequestUri().getPath(), code.name(), errors);
        Response.ResponseBuilder b = Response.status(code.httpStatus()).type(Problem.MEDIA_TYPE).entity(p);
        if (code == ErrorCode.UNAUTHENTICATED) {
            b.header("WWW-Authenticate", "Bearer realm=\"bizbill\"");
        }
        return b.build();
    }

    /** {@code error.<CODE>} in the language, else in English, else the HTTP reason: works for any code. */
    static String title(ErrorCode code, Locale locale) {
        for (Locale l : List.of(locale, Locale.ENGLISH)) {
            String t = Messages.get(l, code.messageKey());
            if (!t.startsWith("??")) {
                return t;
            }
        }
        Response.StatusType s = Response.Status.fromStatusCode(code.httpStatus());
        return s == null ? code.name() : s.getReasonPhrase();
    }

    /** A field error in words: its key resolved with its arguments, never the key. */
    public static Problem.FieldProblem field(BizbillException.FieldError f, Locale locale) {
        return new Problem.FieldProblem(f.field(), FieldMessages.words(locale, f));
    }

    public static Response of(BizbillException e, UriInfo uri) {
        return of(e, uri, Locale.ENGLISH);
    }

    public static Response of(BizbillException e, UriInfo uri, Locale locale) {
        List<Problem.FieldProblem> fields = e.getFieldErrors().stream().map(f -> field(f, locale)).toList();
        return of(e.getCode(), e.getMessage(), fields, uri, locale);
    }
}
