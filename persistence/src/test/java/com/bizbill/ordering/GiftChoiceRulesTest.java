package com.bizbill.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.ordering.GiftChoiceRules.Gift;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 22 §2, CB-ORD-4, CB-DSP-6: the selectable order's amounts and dates. */
class GiftChoiceRulesTest {

    private static final Gift COFFEE = new Gift(1, 4_950, false, false, true);
    private static final Gift CAKE = new Gift(2, 30_800, false, true, true);
    private static final Gift VOUCHER = new Gift(3, 10_000, true, false, true);
    private static final Gift GONE = new Gift(4, 40_000, false, false, false);
    private static final List<Gift> GIFTS = List.of(COFFEE, CAKE, VOUCHER);

    @Test
    void cbOrd4_theDifferenceIsTheDearestLessTheChosen() {
        assertThat(GiftChoiceRules.paidPerRecipient(GIFTS)).isEqualTo(30_800);
        assertThat(GiftChoiceRules.difference(GIFTS, COFFEE)).isEqualTo(25_850);
        assertThat(GiftChoiceRules.difference(GIFTS, CAKE)).isZero();
    }

    @Test
    void cbCat2_theCashableLimitHeldForTheDearestCashableComesBackUnlessACashableGiftIsChosen() {
        assertThat(GiftChoiceRules.cashableHeld(GIFTS)).isEqualTo(10_000);
        assertThat(GiftChoiceRules.cashableReturned(GIFTS, COFFEE)).isEqualTo(10_000);
        assertThat(GiftChoiceRules.cashableReturned(GIFTS, VOUCHER)).isZero();
        assertThat(GiftChoiceRules.cashableHeld(List.of(COFFEE, CAKE))).isZero();
    }

    @Test
    void issue22_2_theDefaultSevenDaysAfterTheMessageAndTheReminderTwoDaysBefore() {
        Instant sent = Instant.parse("2026-12-07T01:00:00Z");
        assertThat(GiftChoiceRules.defaultAt(sent)).isEqualTo(Instant.parse("2026-12-14T01:00:00Z"));
        assertThat(GiftChoiceRules.reminderAt(sent)).isEqualTo(Instant.parse("2026-12-12T01:00:00Z"));
    }

    @Test
    void issue22_2_theDesignatedFirstThenTheDearestAvailableNotFailed() {
        assertThat(GiftChoiceRules.defaultOrder(List.of(COFFEE, CAKE, VOUCHER, GONE), Set.of()))
                .containsExactly(CAKE, VOUCHER, COFFEE);
        assertThat(GiftChoiceRules.defaultOrder(List.of(COFFEE, CAKE, VOUCHER, GONE), Set.of(2L)))
                .as("the designated failed: the next dearest").containsExactly(VOUCHER, COFFEE);
        assertThat(GiftChoiceRules.defaultOrder(List.of(GONE), Set.of())).as("none can be issued: refund").isEmpty();
    }
}
