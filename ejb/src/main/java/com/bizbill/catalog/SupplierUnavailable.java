package com.bizbill.catalog;

/**
 * Issue 21 §2: the supplier could not be reached at all (the connection was refused, or never made): nothing reached
 * it, so nothing happened there. Callers that do not tell it apart treat it as any unknown outcome, which is safe;
 * the dispatch knows the coupon was not issued, so it pauses the order and asks again on a later run instead of
 * settling the coupon by look-ups that would end in an error for its recipient.
 */
public class SupplierUnavailable extends SupplierOutcomeUnknown {

    private static final long serialVersionUID = 1L;

    public SupplierUnavailable(String detail, Throwable cause) {
        super(detail, cause);
    }
}
