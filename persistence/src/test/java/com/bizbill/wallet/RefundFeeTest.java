package com.bizbill.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CB-WAL-4 refund fee, with the boundary values of the rule. */
class RefundFeeTest {

    @ParameterizedTest(name = "CB-WAL-4: refund {0} won, {1} charged within 7 days -> fee {2}")
    @CsvSource({
            // flat 1,000 up to and including 10,000
            "1001, 0, 1000",
            "10000, 0, 1000",
            // 10 % above 10,000, half-up to a won
            "10001, 0, 1000",
            "10005, 0, 1001",   // 1,000.5 rounds up
            "10004, 0, 1000",   // 1,000.4 rounds down
            "15000, 0, 1500",
            "123456, 0, 12346", // 12,345.6
            // the part charged within 7 days is free
            "20000, 20000, 0",
            "20000, 50000, 0",
            "20000, 5000, 1500",   // 15,000 feeable -> 10 %
            "12000, 5000, 1000",   // 7,000 feeable -> flat
            "1500, 1000, 500",     // 500 feeable: the fee never exceeds the part it is charged on
    })
    void feeFollowsTheRule(long amount, long recent, long fee) {
        assertThat(RefundFee.of(amount, recent)).isEqualTo(fee);
    }

    @Test
    void cbWal4OnlyMoreThan1000WonCanBeRefunded() {
        assertThat(RefundFee.allowed(1_000)).isFalse();
        assertThat(RefundFee.allowed(1_001)).isTrue();
    }

    @Test
    void nonPositiveAmountsAreRefused() {
        assertThatThrownBy(() -> RefundFee.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RefundFee.of(5000, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
