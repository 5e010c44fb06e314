package com.bizbill.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** CB-WAL-3 charge cancel: method, 93-day window, 7-day free window, unspent balance. */
class ChargeCancelPolicyTest {

    static final Instant CHARGED = Instant.parse("2026-08-01T03:00:00Z");

    @Test
    void virtualAccountChargesCannotBeCancelled() {
        assertThat(ChargeCancelPolicy.check(ChargeMethod.VIRTUAL_ACCOUNT, CHARGED, CHARGED, 1000, 1000, 1000))
                .isEqualTo(ChargeCancelPolicy.Refusal.METHOD);
        assertThat(ChargeCancelPolicy.check(ChargeMethod.CARD, CHARGED, CHARGED, 1000, 1000, 1000)).isNull();
        assertThat(ChargeCancelPolicy.check(ChargeMethod.TRANSFER, CHARGED, CHARGED, 1000, 1000, 1000)).isNull();
    }

    @Test
    void cancelAllowedUpToExactly93DaysAfterTheCharge() {
        Instant edge = CHARGED.plus(Duration.ofDays(93));
        assertThat(ChargeCancelPolicy.check(ChargeMethod.CARD, CHARGED, edge, 1000, 1000, 1000)).isNull();
        assertThat(ChargeCancelPolicy.check(ChargeMethod.CARD, CHARGED, edge.plusSeconds(1), 1000, 1000, 1000))
                .isEqualTo(ChargeCancelPolicy.Refusal.TOO_LATE);
    }

    @Test
    void freeWithin7DaysThenTheRefundFee() {
        Instant edge = CHARGED.plus(Duration.ofDays(7));
        assertThat(ChargeCancelPolicy.fee(CHARGED, edge, 20_000)).isZero();
        assertThat(ChargeCancelPolicy.fee(CHARGED, edge.plusSeconds(1), 20_000)).isEqualTo(2_000);
        assertThat(ChargeCancelPolicy.fee(CHARGED, edge.plusSeconds(1), 10_000)).isEqualTo(1_000);
    }

    @Test
    void neverMoreThanTheUnspentBalance() {
        assertThat(ChargeCancelPolicy.check(ChargeMethod.CARD, CHARGED, CHARGED, 10_000, 10_000, 9_999))
                .isEqualTo(ChargeCancelPolicy.Refusal.SPENT);
        assertThat(ChargeCancelPolicy.check(ChargeMethod.CARD, CHARGED, CHARGED, 10_001, 10_000, 50_000))
                .isEqualTo(ChargeCancelPolicy.Refusal.AMOUNT);
        assertThat(ChargeCancelPolicy.maximum(10_000, 9_999)).isEqualTo(9_999);
        assertThat(ChargeCancelPolicy.maximum(10_000, 0)).isZero();
    }
}
