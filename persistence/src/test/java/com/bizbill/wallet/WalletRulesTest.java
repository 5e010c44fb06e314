package com.bizbill.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The wallet, charge, refund and credit-line entities hold their own rules. */
class WalletRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    void walletNeverGoesNegative() {
        Wallet w = new Wallet(1, 5_000, NOW);
        w.debit(5_000);
        assertThat(w.getBalance()).isZero();
        assertThatThrownBy(() -> w.debit(1)).isInstanceOf(InsufficientBalanceException.class);
        assertThat(w.getBalance()).isZero();
    }

    @Test
    void cbWal1ChargeIsAtLeast1000Won() {
        assertThatThrownBy(() -> new WalletCharge(1, ChargeMethod.CARD, 999, "k", "m", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new WalletCharge(1, ChargeMethod.CARD, 1_000, "k", "m", NOW).getAmount()).isEqualTo(1_000);
    }

    @Test
    void cbWal3PartialThenFullCancel() {
        WalletCharge c = new WalletCharge(1, ChargeMethod.CARD, 10_000, "k", "m", NOW);
        assertThat(c.cancellable()).isZero();
        c.complete("pay", NOW);
        c.cancel(4_000, 0);
        assertThat(c.getStatus()).isEqualTo(ChargeStatus.PARTIALLY_CANCELLED);
        assertThatThrownBy(() -> c.cancel(6_001, 0)).isInstanceOf(IllegalArgumentException.class);
        // issue 18 §1: a fee is part of what is cancelled, never more
        assertThatThrownBy(() -> c.cancel(1_000, 1_001)).isInstanceOf(IllegalArgumentException.class);
        c.cancel(6_000, 1_000);
        assertThat(c.getStatus()).isEqualTo(ChargeStatus.CANCELLED);
        assertThat(c.cancellable()).isZero();
        assertThat(c.getCancelFee()).isEqualTo(1_000);
        assertThat(c.getCancelRefunded()).isEqualTo(9_000);
    }

    @Test
    void cbWal5RefundStates() {
        RefundRequest r = refund();
        assertThat(r.getStatus()).isEqualTo(RefundStatus.REQUESTED);
        r.startReview("staff", NOW);
        // the customer may cancel only while REQUESTED
        assertThatThrownBy(() -> r.cancel("m", NOW)).isInstanceOf(IllegalStateException.class);
        r.complete("staff", NOW);
        assertThat(r.getStatus()).isEqualTo(RefundStatus.COMPLETED);
        assertThatThrownBy(() -> r.reject("no", "staff", NOW)).isInstanceOf(IllegalStateException.class);

        RefundRequest r2 = refund();
        r2.cancel("m", NOW);
        assertThat(r2.getStatus()).isEqualTo(RefundStatus.CANCELLED);

        RefundRequest r3 = refund();
        r3.reject("bank-book unreadable", "staff", NOW);
        assertThat(r3.getStatus()).isEqualTo(RefundStatus.REJECTED);
        assertThat(r3.payout()).isEqualTo(19_000 - 1_900);
    }

    @Test
    void cbPst1RemainingCreditIsLimitMinusUse() {
        CreditLine line = new CreditLine(1, "2026-11", 100_000);
        line.use(60_000);
        assertThat(line.remaining()).isEqualTo(40_000);
        assertThatThrownBy(() -> line.use(40_001)).isInstanceOf(InsufficientBalanceException.class);
        line.release(10_000);
        assertThat(line.remaining()).isEqualTo(50_000);
        line.changeLimit(50_000);
        assertThat(line.remaining()).isZero();
    }

    private static RefundRequest refund() {
        return new RefundRequest(1, 2, 19_000, 1_900, new BankAccount("국민", "123-456", "홍길동"), "f", null,
                "사용 종료", "key" + System.nanoTime(), NOW);
    }
}
