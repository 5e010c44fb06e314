package com.bizbill.dispatch;

import com.bizbill.ordering.CouponStatus;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;

/** Issue 22 §1: what the recipient's coupon page shows, in plain Java. */
public final class CouponPageRules {

    /** How long a coupon page keeps working after the order's last coupon stops being valid. */
    public static final Period DEFAULT_GRACE = Period.ofDays(30);

    /** The manual's two discard cases (4-2 ① and ②). */
    public enum DiscardNotice {
        /** Nothing discarded: no notice. */
        NONE,
        /** Every coupon discarded: a notice under the verification, nothing else to show. */
        ALL,
        /** Some discarded: a notice under the "save the coupon image" button. */
        SOME
    }

    private CouponPageRules() {
    }

    /**
     * CB-DSP-4 as the recipient reads it: our discard or the supplier's wins, then a use the supplier reported, then
     * the validity date (the last valid day is still usable), else issued.
     */
    public static RecipientCouponState shown(CouponStatus status, String supplierState, LocalDate validUntil,
                                             LocalDate today) {
        if (status == CouponStatus.DISCARDED || "DISCARDED".equals(supplierState)) {
            return RecipientCouponState.DISCARDED;
        }
        if ("USED".equals(supplierState)) {
            return RecipientCouponState.USED;
        }
        if ("EXPIRED".equals(supplierState) || (validUntil != null && validUntil.isBefore(today))) {
            return RecipientCouponState.EXPIRED;
        }
        return RecipientCouponState.ISSUED;
    }

    public static DiscardNotice notice(Collection<RecipientCouponState> states) {
        long discarded = states.stream().filter(s -> s == RecipientCouponState.DISCARDED).count();
        return discarded == 0 ? DiscardNotice.NONE : discarded == states.size() ? DiscardNotice.ALL : DiscardNotice.SOME;
    }

    /**
     * The last day the page opens: the order's last validity date (or, before any coupon was issued, the day it was
     * placed plus its longest validity) plus the grace period.
     */
    public static LocalDate lastDay(LocalDate latestValidUntil, LocalDate placedOn, int longestValidityDays,
                                    Period grace) {
        LocalDate end = latestValidUntil != null ? latestValidUntil : placedOn.plusDays(longestValidityDays);
        return end.plus(grace);
    }

    /** Whether the page still opens on {@code today}. */
    public static boolean opens(LocalDate lastDay, LocalDate today) {
        return !today.isAfter(lastDay);
    }
}
