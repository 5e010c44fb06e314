package com.bizbill.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
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
    void orderIdAndIdempotencyKeyAreFixedPerAttemptSoARetryCannotChargeTwice() throws Exception {
        PaymentAttempt a = persisted(42);
        assertThat(a.orderId()).isEqualTo(a.orderId()).isEqualTo(a.getOrderId());
        assertThat(a.idempotencyKey()).isEqualTo("bizbill-payment-attempt-42").isEqualTo(persisted(42).idempotencyKey());
        assertThat(persisted(43).idempotencyKey()).isNotEqualTo(a.idempotencyKey());
        assertThatThrownBy(() -> new PaymentAttempt("INVOICE", "x", 1, 1, Instant.EPOCH).orderId())
                .isInstanceOf(IllegalStateException.class);
    }

    /**
     * Issue 14 §2: the order id is not "BZ" + id (sequential, so the next one could be pre-claimed at the gateway
     * and the next real charge fail with DUPLICATED_ORDER_ID) but "BZ" + 20 random base62 characters, assigned
     * when the attempt is made: distinct across attempts, within the gateways' 6–64 chars of [A-Za-z0-9_-].
     */
    @Test
    void issue14OrderIdsAreRandomDistinctAndStablePerAttempt() throws Exception {
        Set<String> seen = new HashSet<>();
        for (long id = 1; id <= 10_000; id++) {
            PaymentAttempt a = persisted(id);
            String orderId = a.orderId();
            assertThat(orderId).matches("BZ[0-9A-Za-z]{20}").hasSizeBetween(6, 64).isNotEqualTo("BZ" + id);
            assertThat(a.orderId()).as("stable per attempt").isEqualTo(orderId);
            assertThat(seen.add(orderId)).as("distinct: " + orderId).isTrue();
        }
        PaymentAttempt cancel = persistedCancel(10_001);
        assertThat(cancel.orderId()).matches("BZ[0-9A-Za-z]{20}");
        assertThat(seen).doesNotContain(cancel.orderId());
        // every character of the alphabet turns up, in every position, so none is fixed or derived
        Set<Character> chars = new HashSet<>();
        seen.forEach(o -> o.substring(2).chars().forEach(ch -> chars.add((char) ch)));
        assertThat(chars).hasSize(62);
        for (int pos = 2; pos < 22; pos++) {
            int p = pos;
            assertThat(seen.stream().map(o -> o.charAt(p)).distinct().count()).as("position " + p).isGreaterThan(50);
        }
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

    private static PaymentAttempt persistedCancel(long id) throws Exception {
        PaymentAttempt a = PaymentAttempt.cancelOf("WALLET_CHARGE_CANCEL", "7:5000", 1, 4_000, "pk_7", Instant.EPOCH);
        Field f = PaymentAttempt.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(a, id);
        return a;
    }

    @Test
    void issue13ACancelIsAnAttemptWithItsOwnIdempotencyKeyAndNamesThePaymentItCancels() throws Exception {
        PaymentAttempt cancel = persistedCancel(42);
        assertThat(cancel.isCancel()).isTrue();
        assertThat(cancel.getKind()).isEqualTo(AttemptKind.CANCEL);
        assertThat(cancel.getCancelsPaymentKey()).isEqualTo("pk_7");
        assertThat(cancel.idempotencyKey()).isEqualTo("bizbill-cancel-attempt-42")
                .isNotEqualTo(persisted(42).idempotencyKey());
        assertThat(persisted(42).getKind()).isEqualTo(AttemptKind.CHARGE);
        assertThatThrownBy(() -> PaymentAttempt.cancelOf("X", "r", 1, 100, null, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentAttempt.cancelOf("X", "r", 1, 0, "pk", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issue13AnOpenAttemptIsFlaggedForStaffAndADecisionClearsTheFlag() throws Exception {
        PaymentAttempt a = persisted(5);
        a.flagForStaff("booking failed: " + "x".repeat(600));
        assertThat(a.isNeedsStaff()).isTrue();
        assertThat(a.getStaffReason()).hasSize(500).startsWith("booking failed");
        assertThat(a.getStatus()).isEqualTo(PaymentStatus.INITIATED);
        a.succeeded("pk", Instant.EPOCH);
        assertThat(a.isNeedsStaff()).isFalse();
        assertThatThrownBy(() -> a.flagForStaff("late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void issue13StaffCloseAnInitiatedOrUnknownAttemptByHandButNeverADecidedOne() throws Exception {
        PaymentAttempt initiated = persisted(6);
        initiated.closeByHand("checked", Instant.EPOCH);
        assertThat(initiated.getStatus()).isEqualTo(PaymentStatus.FAILED);
        assertThat(initiated.getFailureCode()).isEqualTo("MANUAL");

        PaymentAttempt unknown = persisted(7);
        unknown.outcomeUnknown();
        unknown.closeByHand("checked", Instant.EPOCH);
        assertThat(unknown.getStatus()).isEqualTo(PaymentStatus.FAILED);

        PaymentAttempt done = persisted(8);
        done.succeeded("pk", Instant.EPOCH);
        assertThatThrownBy(() -> done.closeByHand("no", Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    }
}
