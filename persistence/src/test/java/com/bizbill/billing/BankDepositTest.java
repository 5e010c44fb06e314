package com.bizbill.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 13: a deposit for an invoice with an open card attempt waits, unmatched, with the reason. */
class BankDepositTest {

    @Test
    void issue13AWaitingDepositIsUnmatchedWithItsReasonUntilItPays() {
        BankDeposit d = new BankDeposit(new StatementLine("BNK-1", LocalDate.of(2026, 11, 25), "(주)비즈", 66_000, null),
                Instant.EPOCH);
        d.waitFor(7, "card payment BZ42 is UNKNOWN");
        assertThat(d.isWaiting()).isTrue();
        assertThat(d.isMatched()).isFalse();
        assertThat(d.getWaitingReason()).contains("BZ42");
        d.matched(7, "auto");
        assertThat(d.isWaiting()).isFalse();
        assertThat(d.getWaitingReason()).isNull();
        assertThatThrownBy(() -> d.waitFor(7, "again")).isInstanceOf(IllegalStateException.class);
    }
}
