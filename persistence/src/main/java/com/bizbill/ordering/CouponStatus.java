package com.bizbill.ordering;

/**
 * CB-DSP-4: one coupon of a recipient. {@code ISSUING} from the moment its row is written (before the supplier is
 * called) until the supplier's answer or a look-up settles it; {@code ISSUED}; {@code ISSUE_FAILED}; {@code DISCARDED}
 * (revoked after issue, e.g. because another coupon of the same recipient could not be issued).
 */
public enum CouponStatus {
    ISSUING, ISSUED, ISSUE_FAILED, DISCARDED
}
