package com.bizbill.identity;

/** The operator itself, or one of its business customers, by product. */
public enum OrganisationKind {
    OPERATOR,
    /** Billing-portal customer (BP). */
    CUSTOMER,
    /** Coupon-service company (CB). */
    COUPON_COMPANY,
    /** Notification-billing partner store (NB). */
    PARTNER_STORE
}
