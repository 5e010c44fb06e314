package com.bizbill.catalog;

/**
 * CB-CAT-1, CB-ORD-5: the sale price a new validity option starts with, until staff set their own: a discount on the
 * face value that is larger for a shorter validity (30 days −1 %, 60 days −0.5 %, 90 days and more none), rounded
 * down to a whole 10 won, never below 1 won.
 */
public final class DefaultPrices {

    private DefaultPrices() {
    }

    public static long of(long faceValue, int validityDays) {
        if (faceValue <= 0 || faceValue > Product.MAX_FACE_VALUE || validityDays <= 0) {
            throw new IllegalArgumentException("a face value and a validity are more than 0");
        }
        long perMille = validityDays <= 30 ? 990 : validityDays <= 60 ? 995 : 1000;
        // faceValue ≤ Product.MAX_FACE_VALUE: times 1,000 stays far inside a long
        long price = faceValue * perMille / 1000 / 10 * 10;
        return Math.max(1, price);
    }
}
