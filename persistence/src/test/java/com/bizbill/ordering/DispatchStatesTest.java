package com.bizbill.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bizbill.catalog.QuotePricing;
import com.bizbill.identity.PaymentType;
import com.bizbill.messaging.MessageType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 21: the status derivations of an order (CB-DSP-2), a recipient (CB-DSP-3) and a coupon (CB-DSP-4). */
class DispatchStatesTest {

    private static final Instant T = Instant.parse("2026-12-07T01:00:00Z");

    private static CouponOrder order() {
        return new CouponOrder(new CouponOrder.Placed(1, 2, "n", QuotePricing.Kind.GENERAL, "t", null, 2, 9_000, 8_900,
                PaymentType.PREPAID, "2026-12", 0, 0, 3, "@bizbill", true, null, null, "1588-0000", false, "k", T, "me"));
    }

    @Test
    void cbDsp2AnOrderGoesReservedSendingCompletedAndACancelledOneNeverStarts() {
        CouponOrder o = order();
        assertThat(o.startSending(T)).isTrue();
        assertThat(o.getStatus()).isEqualTo(OrderStatus.SENDING);
        assertThat(o.startSending(T)).as("once").isFalse();
        assertThatThrownBy(() -> o.cancel("me", T)).as("no cancel once sending").isInstanceOf(IllegalStateException.class);
        o.complete(T);
        assertThat(o.getStatus()).isEqualTo(OrderStatus.COMPLETED);
        CouponOrder cancelled = order();
        cancelled.cancel("me", T);
        assertThat(cancelled.startSending(T)).isFalse();
        assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.RESERVATION_CANCELLED);
    }

    @Test
    void cbDsp3ARecipientIsInProgressThenSuccessFailureOrErrorOnce() {
        OrderRecipient r = new OrderRecipient(1, 1, new RecipientRow("01012345678", "김", null, null));
        assertThat(r.getSendStatus()).isNull();
        r.start("token-1");
        r.start("token-2");
        assertThat(r.getToken()).as("made once").isEqualTo("token-1");
        r.sending(MessageType.ALIMTALK, "CPN-1-A", T);
        r.sending(MessageType.LMS, "CPN-1-M", T); // the fallback replaces the Alimtalk
        assertThat(r.getMessageRef()).isEqualTo("CPN-1-M");
        r.delivered(T);
        assertThat(r.getSendStatus()).isEqualTo(SendStatus.SUCCESS);
        assertThatThrownBy(() -> r.undelivered("3015", T)).isInstanceOf(IllegalStateException.class);
        OrderRecipient e = new OrderRecipient(1, 2, new RecipientRow("01012345679", null, null, null));
        e.start("t");
        e.error("ISSUE_FAILED", T);
        assertThat(e.getSendStatus()).isEqualTo(SendStatus.ERROR);
        assertThatThrownBy(() -> e.sending(MessageType.ALIMTALK, "x", T)).as("no message after an error")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cbDsp4ACouponIsAskedForOnceAndSettledOnce() {
        OrderCoupon c = new OrderCoupon(1, 1, 1, "SB-CF-001", 30, 4_450);
        assertThat(c.getStatus()).isEqualTo(CouponStatus.ISSUING);
        c.attempt(T);
        assertThat(c.isAttempted()).isTrue();
        assertThatThrownBy(() -> c.attempt(T)).as("never asked twice").isInstanceOf(IllegalStateException.class);
        c.issued("900012345678", "SBX1", null, T);
        assertThatThrownBy(() -> c.issueFailed("late", T)).isInstanceOf(IllegalStateException.class);
        c.discarded(T);
        assertThat(c.getStatus()).isEqualTo(CouponStatus.DISCARDED);
        OrderCoupon refusedFirst = new OrderCoupon(1, 1, 2, "SB-CK-004", 30, 25_740);
        refusedFirst.attempt(T);
        refusedFirst.askAgain(); // the supplier refused before issuing (its deposit short): asked again later
        assertThat(refusedFirst.isAttempted()).isFalse();
    }

    @Test
    void issue21TheProgressSaysWhenEveryRecipientIsSettled() {
        OrderProgress p = new OrderProgress(10, 2, 3, 3, 1, 1);
        assertThat(p.done()).isEqualTo(5);
        assertThat(p.percent()).isEqualTo(50);
        assertThat(p.isSettled()).isFalse();
        assertThat(new OrderProgress(3, 0, 0, 2, 0, 1).isSettled()).isTrue();
        assertThat(new OrderProgress(0, 0, 0, 0, 0, 0).isSettled()).isFalse();
    }
}
