package com.bizbill.wallet;

import com.bizbill.shared.Rounding;

/**
 * CB-WAL-4 refund fee, also the fee of a charge cancel after 7 days (CB-WAL-3). Money charged within
 * the last 7 days is refunded free; on the rest the fee is 1,000 won when that part is at most
 * 10,000 won, else 10 % rounded half-up to a won. The fee is never more than the part it is charged on.
 */
public final class RefundFee {

    public static final long FLAT_FEE = 1_000;
    public static final long FLAT_FEE_CEILING = 10_000;
    /** A refund must be more than this (CB-WAL-4). */
    public static final long MINIMUM_EXCLUSIVE = 1_000;

    private RefundFee() {
    }

    /** CB-WAL-4: only more than 1,000 won can be refunded. */
    public static boolean allowed(long amount) {
        return amount > MINIMUM_EXCLUSIVE;
    }

    /**
     * @param amount               the refund amount
     * @param chargedWithin7Days   what was charged (net of cancels) in the last 7 days — free to refund
     */
    public static long of(long amount, long chargedWithin7Days) {
        if (amount <= 0 || chargedWithin7Days < 0) {
            throw new IllegalArgumentException("amount " + amount + ", recent " + chargedWithin7Days);
        }
        long feeable = amount - Math.min(amount, chargedWithin7Days);
        if (feeable == 0) {
            return 0;
        }
        long fee = feeable <= FLAT_FEE_CEILING ? FLAT_FEE : Rounding.halfUp(Math.multiplyExact(feeable, 10), 100);
        return Math.min(fee, feeable);
    }
}
