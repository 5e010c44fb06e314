package com.bizbill.catalog;

/**
 * CB-CAT-1: a product is ON_SALE, SUSPENDED (by staff) or DISCONTINUED (by the supplier, or by staff). Staff own
 * the first two; a catalog refresh only discontinues what the supplier dropped, and a product the supplier lists
 * again comes back SUSPENDED for staff to decide. Never deleted: orders keep their products.
 */
public enum ProductStatus {
    ON_SALE, SUSPENDED, DISCONTINUED
}
