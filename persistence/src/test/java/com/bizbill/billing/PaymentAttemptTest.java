package com.bizbill.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The payment state machine: INITIATED -> SUCCEEDED | FAILED | UNKNOWN; UNKNOWN only by reconciliation. */
class PaymentAttemptTest {

    private static PaymentAttempt persisted(long id) throws Exception {
        PaymentAttempt a = new PaymentAttempt("INVOICE", "invoice-7", 1, 110_000, Instant.EPOCH);
        Field f = PaymentAttempt.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(a, id);
        return a;
    }

    @Test
    void orderIdAndIdempotencyKeyComeFromOurOwnIdSoARetryCannotChargeTwice() throws Exception {
        PaymentAttempt a = persisted(42);
        assertThat(a.orderId()).isEqualTo("BZ42");
        assertThat(a.idempotencyKey()).isEqualTo("bizbill-payment-attempt-42").isEqualTo(persisted(42).idempotencyKey());
        assertThat(persisted(43).idempotencyKey()).isNotEqualTo(a.idempotencyKey());
        assertThatThrownBy(() -> new PaymentAttempt("INVOICE", "x", 1, 1, Instant.EPOCH).orderId())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAnswerDecidesAnInitiatedAttemptOnce() throws Exception {
        PaymentAttempt ok = persisted(1);
        ok.succeeded("pk_1", Instant.EPOCH);
        assertThat(ok.getStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThatThrownBy(() -> ok.failed("X", "late", Instant.EPOCH)).isInstanceOf(IllegalStateException.class);

        PaymentAttempt declined = persisted(2);
        declined.failed("REJECT_CARD_PAYMENT", "잔액부족", Instant.EPOCH);
        assertThat(declined.getStatus()).isEqualTo(PaymentStatus.FAILED);
        assertThatThrownBy(() -> declined.succeeded("pk", Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLostAnswerIsUnknownUntilReconciliationDecidesIt() throws Exception {
        PaymentAttempt a = persisted(3);
        a.outcomeUnknown();
        assertThat(a.getStatus()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThatThrownBy(a::outcomeUnknown).isInstanceOf(IllegalStateException.class);
        a.succeeded("pk_found_by_lookup", Instant.EPOCH);
        assertThat(a.getStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void aPaymentIsForAPositiveAmount() {
        assertThatThrownBy(() -> new PaymentAttempt("INVOICE", "x", 1, 0, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
