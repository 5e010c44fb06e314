package com.bizbill.identity;

/**
 * Who a login is. The names are the security roles of web.xml and {@code @RolesAllowed}.
 * STAFF uses /admin; the customer roles use /portal. (The coupon-service and partner roles
 * arrive with the identity issue.)
 */
public enum Role {
    STAFF,
    CUSTOMER;

    public boolean isStaff() {
        return this == STAFF;
    }
}
