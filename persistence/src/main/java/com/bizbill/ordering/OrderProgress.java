package com.bizbill.ordering;

/**
 * Issue 21 §1: how far an order's dispatch is, as the order page and the API show it: recipients not started, in
 * progress, succeeded, failed (undelivered) and in error (no coupon), and whether all of them are settled (CB-DSP-2:
 * then the order is COMPLETED).
 */
public record OrderProgress(long total, long waiting, long inProgress, long success, long failure, long error) {

    public long done() {
        return success + failure + error;
    }

    public boolean isSettled() {
        return total > 0 && done() == total;
    }

    /** Whole percent done, for a progress bar. */
    public int percent() {
        return total == 0 ? 0 : (int) (done() * 100 / total);
    }
}
