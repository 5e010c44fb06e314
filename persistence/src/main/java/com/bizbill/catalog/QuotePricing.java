package com.bizbill.catalog;

import java.util.List;

/**
 * CB-CART-1 (a quote from the cart), the order's pricing rules (CB-ORD-2): a <b>general</b> order gives every
 * recipient every product, so it costs Σ sale prices × recipients; a <b>selectable</b> order lets each recipient pick
 * one, so it is charged the most expensive × recipients (the difference is refunded when a cheaper one is picked).
 * The face total is what the same coupons are worth; the discount is face total − final. Whole won.
 */
public final class QuotePricing {

    /** The most recipients an order takes (CB-ORD-8). */
    public static final int MAX_RECIPIENTS = 10_000;

    public enum Kind { GENERAL, SELECTABLE }

    /** One product of the quote: its face value and its sale price for the chosen validity. */
    public record Line(long faceValue, long salePrice) {
    }

    public record Amounts(long faceTotal, long finalTotal, long discount) {
    }

    private QuotePricing() {
    }

    public static Amounts of(Kind kind, List<Line> lines, int recipients) {
        if (lines.isEmpty() || recipients < 1 || recipients > MAX_RECIPIENTS) {
            throw new IllegalArgumentException("a quote has products and 1 to " + MAX_RECIPIENTS + " recipients");
        }
        long face;
        long sale;
        if (kind == Kind.GENERAL) {
            face = lines.stream().mapToLong(Line::faceValue).sum();
            sale = lines.stream().mapToLong(Line::salePrice).sum();
        } else {
            Line dearest = lines.stream().max(java.util.Comparator.comparingLong(Line::salePrice)).orElseThrow();
            face = dearest.faceValue();
            sale = dearest.salePrice();
        }
        // prices ≤ Product.MAX_FACE_VALUE (10^7), lines bounded by the cart (≤ 100) and recipients ≤ 10^4: ≤ 10^13
        long faceTotal = Math.multiplyExact(face, recipients);
        long finalTotal = Math.multiplyExact(sale, recipients);
        return new Amounts(faceTotal, finalTotal, faceTotal - finalTotal);
    }
}
