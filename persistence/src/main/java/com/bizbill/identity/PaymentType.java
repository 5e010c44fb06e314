package com.bizbill.identity;

/** How a coupon company pays for orders (CB-MEM-2): from a prepaid wallet or a postpaid credit limit. */
public enum PaymentType {
    PREPAID, POSTPAID
}
