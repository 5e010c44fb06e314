package com.bizbill.ledger;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;

/** A ledger rule was broken; the transaction rolls back with it. */
public class LedgerException extends BizbillException {

    private static final long serialVersionUID = 1L;

    public LedgerException(ErrorCode code, String detail) {
        super(code, detail);
    }
}
