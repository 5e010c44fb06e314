package com.bizbill.wallet;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.error.ErrorContext;
import java.util.List;

/**
 * A refused wallet operation, with a stable code from the one catalogue. Nothing has moved. Only WALLET,
 * PAYMENTS (the gateway it charges through) and COMMON codes (issue 15 §2).
 */
public class WalletException extends BizbillException {

    public WalletException(ErrorCode code, String detail) {
        super(checked(code), detail);
    }

    public WalletException(ErrorCode code, String detail, List<FieldError> fieldErrors) {
        super(checked(code), detail, fieldErrors);
    }

    public WalletException(ErrorCode code, String detail, Throwable cause) {
        super(checked(code), detail, cause);
    }

    public static WalletException field(String field, String messageKey, String detail) {
        return new WalletException(ErrorCode.VALIDATION_FAILED, detail, field, messageKey);
    }

    private WalletException(ErrorCode code, String detail, String field, String messageKey) {
        super(checked(code), detail, List.of(new FieldError(field, messageKey)));
    }

    private static ErrorCode checked(ErrorCode code) {
        return ErrorContext.require(code, ErrorContext.WALLET, ErrorContext.PAYMENTS);
    }
}
