package com.bizbill.ledger;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.error.ErrorContext;

/** A ledger rule was broken; the transaction rolls back with it. Only LEDGER and COMMON codes (issue 15 §2). */
public class LedgerException extends BizbillException {

    private static final long serialVersionUID = 1L;

    public LedgerException(ErrorCode code, String detail) {
        super(ErrorContext.require(code, ErrorContext.LEDGER), detail);
    }
}
