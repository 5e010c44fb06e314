package com.bizbill.catalog;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;

/**
 * The supplier may or may not have acted (timeout, reset, 5xx): an issue is never repeated, it is settled by
 * looking up our transaction id.
 */
public class SupplierOutcomeUnknown extends BizbillException {

    private static final long serialVersionUID = 1L;

    public SupplierOutcomeUnknown(String detail, Throwable cause) {
        super(ErrorCode.COUPON_SUPPLIER_UNAVAILABLE, detail, cause);
    }
}
