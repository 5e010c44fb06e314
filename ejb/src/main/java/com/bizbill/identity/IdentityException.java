package com.bizbill.identity;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import java.util.List;

/** A refused identity operation (sign-up, password, token, approval). */
public class IdentityException extends BizbillException {

    private static final long serialVersionUID = 1L;

    public IdentityException(ErrorCode code, String detail) {
        super(code, detail);
    }

    public static IdentityException field(ErrorCode code, String field, String message) {
        IdentityException e = new IdentityException(code, message, List.of(new FieldError(field, message)));
        return e;
    }

    private IdentityException(ErrorCode code, String detail, List<FieldError> errors) {
        super(code, detail, errors);
    }
}
