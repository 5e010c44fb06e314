package com.bizbill.ordering;

import com.bizbill.catalog.QuotePricing;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What an orderer asks for (CB-ORD-1..11), from the order form or the partner API.
 *
 * @param reservedAt    null for immediate; else a minute in the business zone (CB-ORD-7)
 * @param designatedProductId the selectable order's designated gift (CB-ORD-4); null: the most expensive
 * @param requestKey    one per form view or per API {@code Idempotency-Key}: the same key places one order
 * @param expectedFinalAmount the amount the orderer was shown (null: not given): any other amount is refused
 */
public record PlaceOrder(String name, QuotePricing.Kind type, List<Choice> products, Long designatedProductId,
                         String sendTitle, LocalDateTime reservedAt, List<RecipientRow> recipients,
                         boolean duplicatesAllowed, long templateId, boolean autoFill, String anniversaryText,
                         String couponPageMessage, boolean termsAccepted, String requestKey, Long expectedFinalAmount) {

    /** Without an expected amount (the API's callers may leave it out). */
    public PlaceOrder(String name, QuotePricing.Kind type, List<Choice> products, Long designatedProductId,
                      String sendTitle, LocalDateTime reservedAt, List<RecipientRow> recipients,
                      boolean duplicatesAllowed, long templateId, boolean autoFill, String anniversaryText,
                      String couponPageMessage, boolean termsAccepted, String requestKey) {
        this(name, type, products, designatedProductId, sendTitle, reservedAt, recipients, duplicatesAllowed, templateId,
                autoFill, anniversaryText, couponPageMessage, termsAccepted, requestKey, null);
    }

    /** A product with the validity chosen for it (CB-ORD-5: the price follows the validity). */
    public record Choice(long productId, int validityDays) {
    }

    public PlaceOrder {
        products = products == null ? List.of() : List.copyOf(products);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
