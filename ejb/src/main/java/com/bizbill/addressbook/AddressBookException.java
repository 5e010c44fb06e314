package com.bizbill.addressbook;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.error.ErrorContext;
import java.util.List;

/** A refused address-book operation (issue 23): its own codes and COMMON ones only. */
public class AddressBookException extends BizbillException {

    private static final long serialVersionUID = 1L;

    public AddressBookException(ErrorCode code, String detail) {
        super(ErrorContext.require(code, ErrorContext.ADDRESS_BOOK), detail);
    }

    public AddressBookException(ErrorCode code, String detail, List<FieldError> fieldErrors) {
        super(ErrorContext.require(code, ErrorContext.ADDRESS_BOOK), detail, fieldErrors);
    }
}
