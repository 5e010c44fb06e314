package com.bizbill.ordering;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.error.ErrorContext;
import java.util.List;

/**
 * A refused order operation. Carries only its own context's codes and COMMON ones (issue 15 §2); a refusal of the
 * wallet it pays from comes as the wallet's own exception. Rolls the placing transaction back: nothing is left behind.
 */
public class OrderException extends BizbillException {

    private static final long serialVersionUID = 1L;

    public OrderException(ErrorCode code, String detail) {
        super(checked(code), detail);
    }

    public OrderException(ErrorCode code, String detail, List<FieldError> fieldErrors) {
        super(checked(code), detail, fieldErrors);
    }

    /** A refusal naming its field and a bundle key with arguments (which limit, by how much). */
    public static OrderException of(ErrorCode code, String field, String messageKey, Object... args) {
        return new OrderException(code, messageKey + " " + java.util.Arrays.toString(args),
                List.of(new FieldError(field, messageKey, List.of(args))));
    }

    private static ErrorCode checked(ErrorCode code) {
        return ErrorContext.require(code, ErrorContext.ORDERING);
    }
}
