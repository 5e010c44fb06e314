package com.bizbill.messaging;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.error.ErrorContext;
import java.util.List;

/**
 * A refused messaging operation (sending Alimtalk/SMS, usage import).
 * Carries only its own context's codes and COMMON ones (issue 15 §2): another context's code is a programming
 * error, refused with IllegalArgumentException.
 */
public class MessagingException extends BizbillException {

    private static final long serialVersionUID = 1L;

    public MessagingException(ErrorCode code, String detail) {
        super(checked(code), detail);
    }

    public MessagingException(ErrorCode code, String detail, List<FieldError> fieldErrors) {
        super(checked(code), detail, fieldErrors);
    }


    /** One refused input field, its message a bundle key. */
    public static MessagingException field(ErrorCode code, String field, String messageKey) {
        return new MessagingException(code, messageKey, List.of(new FieldError(field, messageKey)));
    }

    private static ErrorCode checked(ErrorCode code) {
        return ErrorContext.require(code, ErrorContext.MESSAGING);
    }
}
