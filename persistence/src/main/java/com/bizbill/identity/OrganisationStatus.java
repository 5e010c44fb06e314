package com.bizbill.identity;

/** Coupon companies wait for staff approval after sign-up (CB-MEM-2); everyone else starts ACTIVE. */
public enum OrganisationStatus {
    AWAITING_APPROVAL, ACTIVE, REJECTED
}
