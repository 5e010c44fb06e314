package com.bizbill.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CB-WAL-4: the fee-free part of a refund (issue 13 §5). */
class FeeFreeRefundTest {

    @ParameterizedTest(name = "CB-WAL-4: balance {0}, charged {1}, cancelled {2}, refunded free {3} -> {4} free")
    @CsvSource({
            "100000, 20000, 0, 0, 20000",       // the recent charge is free
            "100000, 20000, 5000, 0, 15000",    // less what was cancelled of it
            "100000, 20000, 5000, 10000, 5000", // less what earlier refunds took free
            "100000, 20000, 5000, 15000, 0",    // used up
            "100000, 20000, 0, 25000, 0",       // never negative (refunds of charges that left the window)
            "8000, 20000, 0, 0, 8000",          // never more than the balance
            "0, 20000, 0, 0, 0",
            "100000, 0, 0, 0, 0",
    })
    void cbWal4AllowanceIsRecentChargesLessCancelsLessEarlierFeeFreeRefunds(long balance, long charged,
                                                                            long cancelled, long refunded, long free) {
        assertThat(FeeFreeRefund.allowance(balance, charged, cancelled, refunded)).isEqualTo(free);
    }

    /**
     * CB-WAL-4, the chunked drain: 100,000 won charged long ago and 10,000 won today. Refunding the old
     * balance in chunks of 10,000 gets the first chunk free and pays the fee on every later one; before
     * issue 13 every chunk saw the same 10,000 as free, so the whole balance left fee-free.
     */
    @Test
    void cbWal4AnOldBalanceCannotBeDrainedFeeFreeInChunks() {
        long balance = 110_000;
        long recent = 10_000;
        long refundedFree = 0;
        long fees = 0;
        for (int chunk = 0; chunk < 11; chunk++) {
            long allowance = FeeFreeRefund.allowance(balance, recent, 0, refundedFree);
            long free = FeeFreeRefund.partOf(10_000, allowance);
            fees += FeeFreeRefund.fee(10_000, allowance);
            refundedFree += free;
            balance -= 10_000;
        }
        assertThat(balance).isZero();
        assertThat(refundedFree).as("only the recent charge is refunded free").isEqualTo(10_000);
        assertThat(fees).as("the 10 chunks of the old balance each pay the 1,000 won flat fee").isEqualTo(10_000);
        // the same money refunded in one go pays 10 % of the old 100,000
        assertThat(FeeFreeRefund.fee(110_000, FeeFreeRefund.allowance(110_000, recent, 0, 0))).isEqualTo(10_000);
    }

    @Test
    void cbWal4APartlyFreeRefundPaysTheFeeOnTheRestOnly() {
        long allowance = FeeFreeRefund.allowance(35_000, 5_000, 0, 0);
        assertThat(FeeFreeRefund.partOf(20_000, allowance)).isEqualTo(5_000);
        assertThat(FeeFreeRefund.fee(20_000, allowance)).isEqualTo(1_500); // 10 % of 15,000
        assertThat(FeeFreeRefund.fee(20_000, FeeFreeRefund.allowance(15_000, 5_000, 0, 5_000))).isEqualTo(2_000);
    }

    @Test
    void negativeInputsAreRefused() {
        assertThatThrownBy(() -> FeeFreeRefund.allowance(1, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeeFreeRefund.allowance(1, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeeFreeRefund.allowance(1, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
