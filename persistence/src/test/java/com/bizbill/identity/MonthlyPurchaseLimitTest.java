package com.bizbill.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Rule CB-MEM-6: remaining / limit, bounded by the master's means, or unlimited. */
class MonthlyPurchaseLimitTest {

    @Test
    void noLimitGrantedMeansNothingCanBeOrdered() {
        assertThat(MonthlyPurchaseLimit.none().remaining(0)).isZero();
    }

    @Test
    void remainingIsTheLimitLessThisMonthsUseNeverNegative() {
        MonthlyPurchaseLimit l = MonthlyPurchaseLimit.of(100_000);
        assertThat(l.remaining(30_000)).isEqualTo(70_000);
        assertThat(l.remaining(130_000)).isZero();
        assertThat(MonthlyPurchaseLimit.unlimited().remaining(5_000_000)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void anAmountMustFitTheMastersBalanceOrCreditButUnlimitedAlwaysDoes() {
        assertThat(MonthlyPurchaseLimit.of(50_000).fitsWithin(50_000)).isTrue();
        assertThat(MonthlyPurchaseLimit.of(50_001).fitsWithin(50_000)).isFalse();
        assertThat(MonthlyPurchaseLimit.unlimited().fitsWithin(0)).isTrue();
        assertThat(MonthlyPurchaseLimit.none().fitsWithin(0)).isTrue();
    }

    @Test
    void negativeLimitsAreRefused() {
        assertThatThrownBy(() -> MonthlyPurchaseLimit.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
