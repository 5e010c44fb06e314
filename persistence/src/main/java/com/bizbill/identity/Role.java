package com.bizbill.identity;

/**
 * Who a login is. The names are the security roles of web.xml. STAFF uses /admin; the others use
 * their own part of /portal; partner systems use API keys, not logins.
 */
public enum Role {
    /** Operator staff (admin, sales, billing team). */
    STAFF,
    /** The one login of a billing-portal billing account (BP-ON-2). */
    CUSTOMER,
    /** Coupon service: the company account owner (CB-MEM-1). */
    MASTER,
    /** Coupon service: invited by a master, belongs to it (CB-MEM-1). */
    SUB_MEMBER,
    /** Notification billing: a partner store's admin login (NB-*). */
    PARTNER_ADMIN;

    public boolean isStaff() {
        return this == STAFF;
    }

    /** The landing page of the role after login. */
    public String home() {
        return switch (this) {
            case STAFF -> "/admin/index.xhtml";
            case CUSTOMER -> "/portal/index.xhtml";
            case MASTER, SUB_MEMBER -> "/portal/coupon/index.xhtml";
            case PARTNER_ADMIN -> "/portal/partner/index.xhtml";
        };
    }
}
