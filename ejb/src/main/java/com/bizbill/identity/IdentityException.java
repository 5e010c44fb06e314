package com.bizbill.identity;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.error.ErrorContext;
import java.util.List;

/**
 * A refused identity operation (sign-up, password, token, approval). Only IDENTITY and COMMON codes
 * (issue 15 §2): another context's code is refused with IllegalArgumentException.
 */
public class IdentityException extends BizbillException {

    private static final long serialVersionUID = 1L;

    public IdentityException(ErrorCode code, String detail) {
        super(checked(code), detail);
    }

    public IdentityException(ErrorCode code, String detail, List<FieldError> errors) {
        super(checked(code), detail, errors);
    }


    public static IdentityException field(ErrorCode code, String field, String message) {
        return new IdentityException(code, message, List.of(new FieldError(field, message)));
    }

    private static ErrorCode checked(ErrorCode code) {
        return ErrorContext.require(code, ErrorContext.IDENTITY);
    }
}
