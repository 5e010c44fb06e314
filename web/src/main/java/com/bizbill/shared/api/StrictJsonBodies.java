package com.bizbill.shared.api;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Every JSON body of the partner API passes {@link JsonBodyCheck} before JSON-B binds it, so a fraction,
 * a number beyond its type, a null inside an array or a wrong shape is a 400 naming the field, never a
 * different number or a 500 (issue 13). The body is read up to {@link #MAX_BODY} bytes; a longer one is
 * refused with 413 before it is parsed.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    /** The largest body any operation takes (a batch of 1,000 invoices or messages is well under it). */
    public static final int MAX_BODY = 8 * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext ctx) throws IOException {
        MediaType type = ctx.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            return ctx.proceed();
        }
        byte[] body;
        try (InputStream in = ctx.getInputStream()) {
            // the same bounded read as uploads: 413 UPLOAD_TOO_LARGE at MAX_BODY + 1 bytes
            body = com.bizbill.shared.files.BoundedInput.readAtMost(in, MAX_BODY, "body");
        }
        if (body.length > 0 && !blank(body)) {
            JsonValue parsed;
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
                parsed = reader.readValue();
            } catch (RuntimeException | StackOverflowError e) {
                // JsonParsingException, and Parsson's plain RuntimeException for input nested too deeply
                throw new BizbillException(ErrorCode.VALIDATION_FAILED, "the body is not valid JSON",
                        List.of(new BizbillException.FieldError("body", "json.notAnObject")));
            }
            List<BizbillException.FieldError> errors = JsonBodyCheck.check(parsed, ctx.getGenericType());
            if (!errors.isEmpty()) {
                throw new BizbillException(ErrorCode.VALIDATION_FAILED, "the request has invalid fields", errors);
            }
        }
        ctx.setInputStream(new ByteArrayInputStream(body));
        return ctx.proceed();
    }

    private static boolean blank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
