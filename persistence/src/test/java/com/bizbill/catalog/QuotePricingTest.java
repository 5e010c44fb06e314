package com.bizbill.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CB-CART-1, CB-ORD-2, CB-ORD-3: a quote's (and an order's) amounts for a general and a selectable order. */
class QuotePricingTest {

    private static final List<QuotePricing.Line> LINES = List.of(new QuotePricing.Line(4_500, 4_450),
            new QuotePricing.Line(21_000, 20_790));

    @Test
    void cbOrd2AGeneralOrderCostsEveryProductForEveryRecipient() {
        var a = QuotePricing.of(QuotePricing.Kind.GENERAL, LINES, 3);
        assertThat(a.faceTotal()).isEqualTo((4_500 + 21_000) * 3);
        assertThat(a.finalTotal()).isEqualTo((4_450 + 20_790) * 3);
        assertThat(a.discount()).isEqualTo(a.faceTotal() - a.finalTotal()).isEqualTo(780);
    }

    @Test
    void cbOrd2ASelectableOrderIsChargedTheDearestForEveryRecipient() {
        var a = QuotePricing.of(QuotePricing.Kind.SELECTABLE, LINES, 10);
        assertThat(a.finalTotal()).isEqualTo(207_900);
        assertThat(a.faceTotal()).isEqualTo(210_000);
        assertThat(a.discount()).isEqualTo(2_100);
    }

    @Test
    void cbOrd8RecipientsAreOneToTenThousand() { // CB-ORD-8: up to 10,000 recipients per order, at least one
        assertThat(QuotePricing.of(QuotePricing.Kind.GENERAL, LINES, 10_000).finalTotal()).isEqualTo(252_400_000);
        assertThatThrownBy(() -> QuotePricing.of(QuotePricing.Kind.GENERAL, LINES, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuotePricing.of(QuotePricing.Kind.GENERAL, LINES, 10_001))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuotePricing.of(QuotePricing.Kind.GENERAL, List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
