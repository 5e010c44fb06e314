package com.bizbill.wallet;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import java.util.List;

/** A refused wallet operation, with a stable code from the one catalogue. Nothing has moved. */
public class WalletException extends BizbillException {

    public WalletException(ErrorCode code, String detail) {
        super(code, detail);
    }

    public static WalletException field(String field, String messageKey, String detail) {
        return new WalletException(ErrorCode.VALIDATION_FAILED, detail, field, messageKey);
    }

    private WalletException(ErrorCode code, String detail, String field, String messageKey) {
        super(code, detail, List.of(new FieldError(field, messageKey)));
    }
}
