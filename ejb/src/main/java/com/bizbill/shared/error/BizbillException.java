package com.bizbill.shared.error;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A business failure with a stable code. An application exception that rolls the container
 * transaction back, so a failed money movement never leaves half a movement behind.
 * Each bounded context extends it with its own type (LedgerException, …).
 */
@ApplicationException(rollback = true, inherited = true)
public class BizbillException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient List<FieldError> fieldErrors;

    public BizbillException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public BizbillException(ErrorCode code, String detail, List<FieldError> fieldErrors) {
        super(detail);
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public BizbillException(ErrorCode code, String detail, Throwable cause) {
        super(detail, cause);
        this.code = code;
        this.fieldErrors = List.of();
    }

    public ErrorCode getCode() {
        return code;
    }

    public List<FieldError> getFieldErrors() {
        return fieldErrors == null ? List.of() : fieldErrors;
    }

    /**
     * One invalid input field: its name as the caller sent it, and why: words, or a bundle key whose
     * message takes {@code args} (the API and the screens resolve it to words).
     */
    public record FieldError(String field, String message, List<Object> args) {
        public FieldError {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public FieldError(String field, String message) {
            this(field, message, List.of());
        }
    }
}
