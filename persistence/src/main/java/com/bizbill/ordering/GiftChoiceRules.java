package com.bizbill.ordering;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Issue 22 §2, CB-ORD-4, CB-DSP-6: a selectable order's recipient chooses one gift; the order was charged its dearest
 * gift per recipient, so a cheaper choice gives the difference back. Not chosen within {@link #CHOOSE_WITHIN} of the
 * message: the designated gift is issued (or the next dearest that can be); {@link #REMIND_BEFORE} earlier the
 * recipient is reminded.
 */
public final class GiftChoiceRules {

    public static final Duration CHOOSE_WITHIN = Duration.ofDays(7);
    public static final Duration REMIND_BEFORE = Duration.ofDays(2);

    /** A gift of the order as the rules need it. */
    public record Gift(long itemId, long salePrice, boolean cashable, boolean designated, boolean available) {
    }

    private GiftChoiceRules() {
    }

    /** What each recipient paid: the dearest gift (CB-ORD-3/4). */
    public static long paidPerRecipient(Collection<Gift> gifts) {
        return gifts.stream().mapToLong(Gift::salePrice).max().orElse(0);
    }

    /** What the recipient's place held of the cashable limit: the dearest cashable gift (anyone may pick it). */
    public static long cashableHeld(Collection<Gift> gifts) {
        return gifts.stream().filter(Gift::cashable).mapToLong(Gift::salePrice).max().orElse(0);
    }

    /** DIFFERENCE_REFUND: the dearest less the chosen gift's price. */
    public static long difference(Collection<Gift> gifts, Gift chosen) {
        return paidPerRecipient(gifts) - chosen.salePrice();
    }

    /** The cashable limit given back once {@code chosen} is issued. */
    public static long cashableReturned(Collection<Gift> gifts, Gift chosen) {
        return cashableHeld(gifts) - (chosen.cashable() ? chosen.salePrice() : 0);
    }

    /** The day the designated gift is issued for a recipient who did not choose. */
    public static Instant defaultAt(Instant messaged) {
        return messaged.plus(CHOOSE_WITHIN);
    }

    /** When the reminder goes: two days before the default. */
    public static Instant reminderAt(Instant messaged) {
        return defaultAt(messaged).minus(REMIND_BEFORE);
    }

    /**
     * The order in which gifts are tried for a recipient who did not choose: the designated one, then the others from
     * the dearest; gifts not available or already failed for the recipient are left out.
     */
    public static List<Gift> defaultOrder(Collection<Gift> gifts, Set<Long> failedItemIds) {
        return gifts.stream().filter(Gift::available).filter(g -> !failedItemIds.contains(g.itemId()))
                .sorted(Comparator.comparing((Gift g) -> !g.designated())
                        .thenComparing(Comparator.comparingLong(Gift::salePrice).reversed())
                        .thenComparingLong(Gift::itemId))
                .toList();
    }
}
