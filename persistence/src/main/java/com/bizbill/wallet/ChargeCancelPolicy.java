package com.bizbill.wallet;

import java.time.Duration;
import java.time.Instant;

/**
 * CB-WAL-3 charge cancel: only card or real-time-transfer charges, within 93 days of the charge, free
 * within 7 days (after that the refund fee rule applies to the cancelled amount), and never more than
 * the unspent balance.
 */
public final class ChargeCancelPolicy {

    public static final Duration WINDOW = Duration.ofDays(93);
    public static final Duration FREE_WINDOW = Duration.ofDays(7);

    private ChargeCancelPolicy() {
    }

    /** Why a cancel of {@code amount} is refused, or null when it is allowed. */
    public static Refusal check(ChargeMethod method, Instant chargedAt, Instant now, long amount, long notYetCancelled,
                                long walletBalance) {
        if (!method.isCancellable()) {
            return Refusal.METHOD;
        }
        if (now.isAfter(chargedAt.plus(WINDOW))) {
            return Refusal.TOO_LATE;
        }
        if (amount <= 0 || amount > notYetCancelled) {
            return Refusal.AMOUNT;
        }
        if (amount > walletBalance) {
            return Refusal.SPENT;
        }
        return null;
    }

    /** The fee kept when cancelling {@code amount} of a charge made at {@code chargedAt}. */
    public static long fee(Instant chargedAt, Instant now, long amount) {
        return now.isAfter(chargedAt.plus(FREE_WINDOW)) ? RefundFee.of(amount, 0) : 0;
    }

    /** The most that can be cancelled now: not yet cancelled, and not more than is unspent. */
    public static long maximum(long notYetCancelled, long walletBalance) {
        return Math.max(0, Math.min(notYetCancelled, walletBalance));
    }

    public enum Refusal {
        METHOD, TOO_LATE, AMOUNT, SPENT
    }
}
