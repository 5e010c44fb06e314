package com.bizbill.dispatch;

import com.bizbill.catalog.CouponSupplier;
import com.bizbill.catalog.SupplierOutcomeUnknown;
import com.bizbill.messaging.MessageGateway;
import com.bizbill.ordering.CouponOrder;
import com.bizbill.ordering.OrderCoupon;
import com.bizbill.ordering.CouponStatus;
import com.bizbill.ordering.OrderProgress;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.jobs.ItemCounts;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Dispatches a chunk of an order's recipients (issue 21, CB-DSP-1): their coupons issued at the supplier, one per
 * product, each under our transaction id written before the call; an unanswered issue is settled by looking the id up,
 * never by issuing again (an id the supplier still does not know after {@code bizbill.dispatch.issue-settle-after},
 * 10 minutes, was not issued). A recipient with a coupon that cannot be issued has its others discarded and its price
 * returned (ERROR); the others get their Alimtalk, its reference written before the call, with the text-message
 * fallback when the gateway refuses it. Outside calls happen between committed steps ({@link DispatchSteps}), never
 * inside a transaction, so a crash anywhere resumes with nothing done twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    static final String SETTLE_AFTER_KEY = "bizbill.dispatch.issue-settle-after";

    @Inject
    DispatchSteps steps;

    @Inject
    CouponSupplier supplier;

    @Inject
    MessageGateway gateway;

    @Inject
    Clock clock;

    @Inject
    Config config;

    @Inject
    com.bizbill.shared.mail.MailSender mail;

    /** Does one chunk; a temporary supplier failure pauses the order ({@link DispatchPaused}). */
    public ItemCounts dispatch(String number, List<Long> recipientIds) {
        if (recipientIds.isEmpty()) {
            return ItemCounts.NONE;
        }
        CouponOrder o = steps.begin(number);
        if (o == null) {
            return new ItemCounts(0, recipientIds.size(), 0, 0, 0, null); // cancelled or done: nothing to send
        }
        Map<Long, CouponSupplier.IssuedCoupon> answers = new java.util.LinkedHashMap<>();
        try {
            for (long couponId : steps.prepare(o.getId(), recipientIds)) {
                issue(couponId, answers);
            }
        } finally {
            if (!answers.isEmpty()) { // also when paused: what was answered is kept
                steps.issuedAll(answers);
            }
        }
        for (long couponId : steps.toDiscard(recipientIds)) {
            OrderCoupon c = steps.coupon(couponId);
            try {
                supplier.cancel(c.transactionId());
                steps.discarded(couponId);
            } catch (SupplierOutcomeUnknown e) {
                throw new DispatchPaused("the supplier did not answer the cancel of " + c.transactionId(), e);
            } catch (BizbillException e) {
                // already used or unknown there: the recipient is not served; staff see it in the reconciliation
                LOG.warning("cancel of " + c.transactionId() + " refused: " + e.getMessage());
                steps.discarded(couponId);
            }
        }
        sendAll(steps.settle(o.getId(), recipientIds));
        return new ItemCounts(recipientIds.size(), 0, 0, 0, 0, null);
    }

    /**
     * CB-DSP-2: the order is COMPLETED once every recipient is settled (after a run, after each report); the orderer
     * is then mailed the counts and the amounts (issue 21 §6), after the commit.
     */
    public void finishIfSettled(String number) {
        CouponOrder o = steps.byNumber(number);
        if (o != null && steps.finishIfSettled(o.getId())) {
            mailCompletion(steps.completion(o.getId()));
        }
    }

    /** Issue 21 §3: messages with no report after {@code bizbill.dispatch.report-timeout} (72 h) are failures. */
    public int expireUnreported() {
        Duration timeout = config.getOptionalValue("bizbill.dispatch.report-timeout", String.class).map(Duration::parse)
                .orElse(Duration.ofHours(72));
        List<Long> orders = steps.expireUnreported(clock.instant().minus(timeout));
        for (long orderId : orders) {
            if (steps.finishIfSettled(orderId)) {
                mailCompletion(steps.completion(orderId));
            }
        }
        return orders.size();
    }

    private void mailCompletion(DispatchSteps.Completion c) {
        var f = com.bizbill.shared.i18n.Formats.KOREAN;
        OrderProgress p = c.progress();
        String amounts = c.selectable()
                // issue 22 §2: a selectable order is confirmed gift by gift as its recipients choose
                ? "결제 금액 " + f.won(c.confirmed()) + " (선택형: 수신자가 고른 선물이 발급될 때 확정되고 차액은 바로 "
                        + "돌려드립니다. 7일 안에 고르지 않으면 지정 상품이 발급됩니다)\n\n"
                : "확정 금액 " + f.won(c.confirmed()) + " · 돌려드린 금액 " + f.won(c.returned()) + "\n\n";
        String amountsEn = c.selectable()
                ? "Paid " + c.confirmed() + " won; each gift is confirmed when its recipient chooses it, and the difference "
                        + "comes back at once."
                : "Confirmed " + c.confirmed() + " won; returned " + c.returned() + " won.";
        String body = "쿠폰 주문 " + c.number() + " (" + c.name() + ")의 발송이 끝났습니다.\n\n"
                + "성공 " + f.number(p.success()) + "명 · 실패 " + f.number(p.failure()) + "명 · 오류 " + f.number(p.error())
                + "명\n" + amounts
                + "Order " + c.number() + " has been sent: " + p.success() + " delivered, " + p.failure()
                + " undelivered, " + p.error() + " without a coupon (refunded). " + amountsEn;
        try {
            mail.send(new com.bizbill.shared.mail.MailMessage(c.to(), "[Bizbill] 쿠폰 발송 완료 " + c.number()
                    + " / Coupons sent", body));
        } catch (RuntimeException e) {
            LOG.warning("completion mail of " + c.number() + " not sent: " + e.getMessage());
        }
    }

    /**
     * Issues one coupon (its answer kept in {@code answers}, written with the chunk's), or settles an earlier
     * unanswered attempt by a look-up.
     */
    void issue(long couponId, Map<Long, CouponSupplier.IssuedCoupon> answers) {
        DispatchSteps.Attempt attempt = steps.attempt(couponId);
        if (attempt == null) {
            return;
        }
        if (attempt.earlier()) {
            settleByLookup(couponId, attempt.request().transactionId());
            return;
        }
        try {
            answers.put(couponId, supplier.issue(attempt.request()));
        } catch (com.bizbill.catalog.SupplierUnavailable e) {
            // issue 21 §2: the call never reached the supplier: not issued, the next run asks again
            steps.notIssued(couponId);
            throw new DispatchPaused("the supplier cannot be reached", e);
        } catch (SupplierOutcomeUnknown e) {
            settleByLookup(couponId, attempt.request().transactionId());
        } catch (BizbillException e) {
            if (e.getCode() == ErrorCode.COUPON_SUPPLIER_BALANCE_SHORT) {
                // the supplier said no before issuing anything: the next run may ask again
                steps.notIssued(couponId);
                throw new DispatchPaused("the operator's deposit at the supplier is short", e);
            }
            steps.issueFailed(couponId, e.getMessage());
        }
    }

    private void settleByLookup(long couponId, String transactionId) {
        java.util.Optional<CouponSupplier.CouponStatus> found;
        try {
            found = supplier.lookup(transactionId);
        } catch (SupplierOutcomeUnknown e) {
            throw new DispatchPaused("the supplier does not answer look-ups", e);
        }
        if (found.isPresent()) {
            steps.issued(couponId, found.get().coupon());
        } else if (steps.attemptedBefore(couponId, clock.instant().minus(settleAfter()))) {
            steps.issueFailed(couponId, "not issued: the supplier has no coupon " + transactionId);
        }
        // else: too early to say; the next run looks again
    }

    private Duration settleAfter() {
        return config.getOptionalValue(SETTLE_AFTER_KEY, String.class).map(Duration::parse)
                .orElse(Duration.ofMinutes(10));
    }

    /**
     * Issue 22 §2: the reminder to choose a gift, its reference already written (so it goes once); a refusal or a lost
     * answer is only logged: the designated gift follows in two days anyway.
     */
    public void sendReminder(DispatchSteps.Outgoing m) {
        try {
            gateway.send(new MessageGateway.OutgoingMessage(m.type(), m.to(), m.from(), m.text(), null, m.reference()));
        } catch (RuntimeException e) {
            LOG.warning("reminder " + m.reference() + " not confirmed: " + e.getMessage());
        }
    }

    /**
     * Issue 22 §5, CB-DSP-5: sends a recipient's message again through the bulk path (its MMS fallback too); a
     * repeated request with the same key sends nothing more.
     */
    public void resend(long organisationId, Long memberId, String number, long recipientId, String key) {
        DispatchSteps.Outgoing m = steps.resend(organisationId, memberId, number, recipientId, key);
        if (m != null) {
            sendAll(List.of(m));
        }
    }

    /** Hands one message to the gateway (a fallback after a report). */
    public void send(DispatchSteps.Outgoing m) {
        sendAll(List.of(m));
    }

    /**
     * Issue 21 §3: hands the chunk's messages to the gateway in bulk; one it refuses at once falls back to a text
     * message (CB-ORD-9, again in bulk); one whose outcome is unknown waits for its report and is never sent again.
     */
    void sendAll(List<DispatchSteps.Outgoing> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<MessageGateway.BulkResult> results = gateway.sendBulk(messages.stream().map(m ->
                new MessageGateway.OutgoingMessage(m.type(), m.to(), m.from(), m.text(), m.templateCode(), m.reference()))
                .toList());
        List<DispatchSteps.Outgoing> fallbacks = new java.util.ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            DispatchSteps.Outgoing m = messages.get(i);
            MessageGateway.BulkResult r = results.get(i);
            if (r.messageId() != null) {
                steps.accepted(m.recipientId(), r.messageId());
            } else if (r.refusal() != null) {
                DispatchSteps.Outgoing fallback = steps.alimtalkFailed(m.recipientId(), "REFUSED");
                if (fallback != null) {
                    fallbacks.add(fallback);
                }
            }
        }
        sendAll(fallbacks);
    }
}
