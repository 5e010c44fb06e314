package com.bizbill.shared.api;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.web.Messages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** Builds problem+json responses; titles come from the English bundle (the API's language). */
public final class Problems {

    private Problems() {
    }

    public static Response of(ErrorCode code, String detail, List<Problem.FieldProblem> errors, UriInfo uri) {
        Problem p = new Problem(code.typeUri(), Messages.get(Locale.ENGLISH, code.messageKey()), code.httpStatus(),
                detail, uri == null ? null : uri.getRequestUri().getPath(), code.name(), errors);
        Response.ResponseBuilder b = Response.status(code.httpStatus()).type(Problem.MEDIA_TYPE).entity(p);
        if (code == ErrorCode.UNAUTHENTICATED) {
            b.header("WWW-Authenticate", "Bearer realm=\"bizbill\"");
        }
        return b.build();
    }

    /** A field error's message in words: a bundle key is resolved with its arguments, words stay as they are. */
    static String words(BizbillException.FieldError f) {
        if (f.message() == null || f.message().contains(" ")) {
            return f.message();
        }
        String text = Messages.get(Locale.ENGLISH, f.message(), f.args().toArray());
        return text.startsWith("??") ? f.message() : text;
    }

    public static Response of(BizbillException e, UriInfo uri) {
        List<Problem.FieldProblem> fields = e.getFieldErrors().stream()
                .map(f -> new Problem.FieldProblem(f.field(), words(f))).toList();
        return of(e.getCode(), e.getMessage(), fields, uri);
    }
}
