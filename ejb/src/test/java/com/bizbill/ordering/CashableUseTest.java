package com.bizbill.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.catalog.QuotePricing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CB-CAT-2 where it meets orders: what an order counts against the organisation's monthly cashable limit. */
class CashableUseTest {

    private static OrderItem.Line line(long price, boolean cashable) {
        return new OrderItem.Line(price, "p" + price, "b", 90, price, price, cashable, false);
    }

    @Test
    void cbCat2AGeneralOrderCountsItsCashableProductsForEveryRecipient() {
        List<OrderItem.Line> lines = List.of(line(4_450, false), line(9_900, true), line(29_700, true));
        assertThat(OrderPlacement.cashableUse(QuotePricing.Kind.GENERAL, lines, 3, (4_450 + 9_900 + 29_700) * 3))
                .isEqualTo((9_900 + 29_700) * 3);
    }

    @Test
    void cbCat2ASelectableOrderCountsItsDearestCashableProductNeverAboveTheCharge() {
        List<OrderItem.Line> lines = List.of(line(49_500, false), line(9_900, true));
        assertThat(OrderPlacement.cashableUse(QuotePricing.Kind.SELECTABLE, lines, 10, 49_500 * 10)).isEqualTo(9_900 * 10);
        List<OrderItem.Line> dear = List.of(line(4_450, false), line(49_500, true));
        assertThat(OrderPlacement.cashableUse(QuotePricing.Kind.SELECTABLE, dear, 2, 49_500 * 2)).isEqualTo(49_500 * 2);
    }

    @Test
    void anOrderWithoutCashableProductsCountsNothing() {
        assertThat(OrderPlacement.cashableUse(QuotePricing.Kind.GENERAL, List.of(line(4_450, false)), 10_000, 44_500_000))
                .isZero();
    }
}
