package com.bizbill.wallet;

/**
 * CB-WAL-4, the part of a refund that pays no fee: what was charged within the last 7 days, less what
 * was cancelled of those charges, less what earlier refunds (still standing: not rejected, not
 * cancelled) already took fee-free from them, and never more than the balance. Without the third term
 * an old balance could be drained fee-free in chunks: each chunk would see the same recent charges as
 * free (issue 13 §5).
 *
 * <p>The refund service computes the inputs under the wallet's lock, so two refunds filed at once cannot
 * both use the same fee-free part; the preview and the request use this same rule.
 */
public final class FeeFreeRefund {

    private FeeFreeRefund() {
    }

    /**
     * @param balance              the wallet balance now
     * @param chargedWithin7Days   completed charges of the last 7 days
     * @param cancelledOfThose     what was cancelled of those charges
     * @param refundedFeeFree      the fee-free parts of the standing refunds filed in the last 7 days
     * @return the fee-free allowance, 0 or more
     */
    public static long allowance(long balance, long chargedWithin7Days, long cancelledOfThose, long refundedFeeFree) {
        if (chargedWithin7Days < 0 || cancelledOfThose < 0 || refundedFeeFree < 0) {
            throw new IllegalArgumentException("charged " + chargedWithin7Days + ", cancelled " + cancelledOfThose
                    + ", refunded " + refundedFeeFree);
        }
        long left = chargedWithin7Days - cancelledOfThose - refundedFeeFree; // each ≤ the sum of charges: no overflow
        return Math.max(0, Math.min(Math.max(balance, 0), left));
    }

    /** How much of {@code amount} is fee-free under {@code allowance}. */
    public static long partOf(long amount, long allowance) {
        return Math.max(0, Math.min(amount, allowance));
    }

    /** The fee of refunding {@code amount} with this allowance (CB-WAL-4, {@link RefundFee}). */
    public static long fee(long amount, long allowance) {
        return RefundFee.of(amount, partOf(amount, allowance));
    }
}
