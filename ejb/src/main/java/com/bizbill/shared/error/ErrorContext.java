package com.bizbill.shared.error;

/**
 * The bounded context a failure code belongs to (issue 15 §2). A context's exception carries only its own
 * codes, COMMON ones (malformed input, access, idempotency, files, clock) and the codes of a shared party it
 * calls (PAYMENTS: the payment gateway that wallet, billing and usage take money through).
 */
public enum ErrorContext {
    COMMON,
    IDENTITY,
    LEDGER,
    WALLET,
    BILLING,
    /** The payment gateway and payment attempts: wallet, billing and usage charge and cancel through them. */
    PAYMENTS,
    USAGE,
    MESSAGING,
    JOBS,
    SUPPORT,
    /** The coupon catalog and the coupon supplier it is kept from (issue 19). */
    CATALOG,
    /** Coupon orders: placing, paying within every limit, cancelling (issue 20). */
    ORDERING,
    /** Members' address books: folders, groups, contacts (issue 23). */
    ADDRESS_BOOK;

    /**
     * The code itself, when it is COMMON or belongs to one of {@code allowed}; otherwise refused, so a context
     * never answers with another context's refusal.
     */
    public static ErrorCode require(ErrorCode code, ErrorContext... allowed) {
        if (code == null) {
            throw new IllegalArgumentException("no error code");
        }
        if (code.context() == COMMON) {
            return code;
        }
        for (ErrorContext c : allowed) {
            if (code.context() == c) {
                return code;
            }
        }
        throw new IllegalArgumentException(code + " is a " + code.context() + " code, not one of "
                + java.util.Arrays.toString(allowed));
    }
}
