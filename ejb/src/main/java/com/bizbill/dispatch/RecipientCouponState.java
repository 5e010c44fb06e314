package com.bizbill.dispatch;

/** Issue 22 §1, CB-DSP-4: a coupon as its recipient sees it on the coupon page. */
public enum RecipientCouponState {
    /** Issued and usable. */
    ISSUED,
    /** Redeemed at the shop (the supplier's status call said so). */
    USED,
    /** Past its validity date. */
    EXPIRED,
    /** Revoked after issue (by staff, the orderer, or at the supplier): shown with a notice. */
    DISCARDED
}
