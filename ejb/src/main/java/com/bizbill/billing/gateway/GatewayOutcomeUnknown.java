package com.bizbill.billing.gateway;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;

/**
 * The gateway may or may not have acted (timeout, reset, 5xx). Never retried by charging again:
 * the payment stays UNKNOWN until reconciliation asks the gateway by order id.
 */
public class GatewayOutcomeUnknown extends BizbillException {

    private static final long serialVersionUID = 1L;

    public GatewayOutcomeUnknown(String detail, Throwable cause) {
        super(ErrorCode.PAYMENT_OUTCOME_UNKNOWN, detail, cause);
    }
}
