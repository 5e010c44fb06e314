package com.bizbill.catalog;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.error.ErrorContext;
import java.util.List;

/**
 * A refused catalog operation (products, prices, the coupon supplier).
 * Carries only its own context's codes and COMMON ones (issue 15 §2): another context's code is a programming
 * error, refused with IllegalArgumentException.
 */
public class CatalogException extends BizbillException {

    private static final long serialVersionUID = 1L;

    public CatalogException(ErrorCode code, String detail) {
        super(checked(code), detail);
    }

    public CatalogException(ErrorCode code, String detail, List<FieldError> fieldErrors) {
        super(checked(code), detail, fieldErrors);
    }


    /** One refused input field, its message a bundle key. */
    public static CatalogException field(ErrorCode code, String field, String messageKey) {
        return new CatalogException(code, messageKey, List.of(new FieldError(field, messageKey)));
    }

    private static ErrorCode checked(ErrorCode code) {
        return ErrorContext.require(code, ErrorContext.CATALOG);
    }
}
