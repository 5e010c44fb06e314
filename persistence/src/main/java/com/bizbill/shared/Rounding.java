package com.bizbill.shared;

/** Integer rounding rules for won amounts; no floating point. */
public final class Rounding {

    private Rounding() {
    }

    /**
     * numerator / denominator rounded half up (away from zero on a tie, symmetric for negatives),
     * the rounding design.md fixes for fees and refunds.
     */
    public static long halfUp(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
        long magnitude = Math.abs(numerator);
        long q = magnitude / denominator;
        long r = magnitude % denominator;
        if (r * 2 >= denominator) {
            q++;
        }
        return numerator < 0 ? -q : q;
    }
}
