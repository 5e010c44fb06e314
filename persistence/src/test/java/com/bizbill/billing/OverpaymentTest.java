package com.bizbill.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 13: an overpayment is held until refunded through the gateway, one refund attempt at a time. */
class OverpaymentTest {

    private static Overpayment open() {
        return new Overpayment(42, "BZ7Qk2v9XcR4mT1pLs8aNd", "INVOICE", "7", 66_000, "pk_9", "invoice paid by transfer", Instant.EPOCH);
    }

    @Test
    void issue13OpenThenRefundingThenRefunded() {
        Overpayment o = open();
        assertThat(o.getStatus()).isEqualTo(OverpaymentStatus.OPEN);
        assertThat(o.getStatus().isHeld()).isTrue();
        assertThat(o.getOrderId()).as("the attempt's stored order id, not \"BZ\" + attempt id (issue 14 §2)")
                .isEqualTo("BZ7Qk2v9XcR4mT1pLs8aNd");
        o.refunding(100, "staff");
        assertThatThrownBy(() -> o.refunding(101, "staff")).as("one refund at a time")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> o.refunded(101, Instant.EPOCH)).as("only by its own refund attempt")
                .isInstanceOf(IllegalStateException.class);
        o.refunded(100, Instant.EPOCH);
        assertThat(o.getStatus()).isEqualTo(OverpaymentStatus.REFUNDED);
        assertThat(o.getStatus().isHeld()).isFalse();
        assertThatThrownBy(() -> o.refunding(102, "staff")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void issue13ARefusedRefundLeavesItOpenForAnotherTry() {
        Overpayment o = open();
        o.refunding(100, "staff");
        o.refundFailed(100);
        assertThat(o.getStatus()).isEqualTo(OverpaymentStatus.OPEN);
        assertThat(o.getRefundAttemptId()).isNull();
        o.refunding(101, "staff");
        assertThat(o.getRefundAttemptId()).isEqualTo(101);
    }

    @Test
    void issue13OnlyAPositiveAmountWithAGatewayPaymentIsRefundable() {
        assertThatThrownBy(() -> new Overpayment(1, "BZ1", "INVOICE", "7", 0, "pk", "x", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Overpayment(1, null, "INVOICE", "7", 10, "pk", "x", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        Overpayment noKey = new Overpayment(1, "BZ1", "INVOICE", "7", 10, null, "x", Instant.EPOCH);
        assertThatThrownBy(() -> noKey.refunding(5, "staff")).isInstanceOf(IllegalStateException.class);
    }
}
