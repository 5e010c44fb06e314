package com.bizbill.billing.gateway;

import java.util.Optional;

/**
 * Outside party: the card payment gateway, a billing-key API in the style of Toss Payments
 * (design.md "External systems"; rules BP-CARD-1, NB-CARD-1). Card numbers never pass through
 * Bizbill: the card is typed on the gateway's page, which hands back an auth key; this SPI
 * exchanges it for a billing key and charges that key.
 *
 * <p>Outcomes of money calls: a result with {@code DONE} or {@code DECLINED}; or
 * {@link GatewayOutcomeUnknown} when the answer did not arrive (timeout, connection reset, 5xx):
 * the caller must then reconcile with {@link #lookup(String)} by order id, never charge again.
 */
public interface PaymentGateway {

    BillingKey issueBillingKey(String authKey, String customerKey);

    ChargeResult charge(ChargeRequest request);

    /**
     * Cancels (part of) a payment. {@code idempotencyKey} is derived from our cancel attempt's id (issue 13):
     * the same key asked again answers the first result and refunds nothing a second time. A lost answer is
     * {@link GatewayOutcomeUnknown}: settle it with {@link #lookupCancel}, never with a new cancel.
     */
    CancelResult cancel(String paymentKey, Long amountOrNullForFull, String reason, String idempotencyKey);

    /**
     * What became of the cancel with this idempotency key (reconciliation of cancel attempts, issue 13), or
     * empty when the gateway never saw it.
     */
    Optional<CancelResult> lookupCancel(String paymentKey, Long amountOrNullForFull, String reason,
                                        String idempotencyKey);

    /** The gateway's record of an order id, if it has one (reconciliation of UNKNOWN outcomes). */
    Optional<ChargeResult> lookup(String orderId);

    /**
     * A one-time payment the customer approved on the gateway's own window (card or real-time bank
     * transfer): the gateway redirected back with its payment key; Bizbill confirms it for the amount it
     * expects. Until confirmed, no money moves. Toss style: {@code POST /v1/payments/confirm}.
     */
    ChargeResult confirm(String paymentKey, String orderId, long amount, String idempotencyKey);

    /**
     * Issues a virtual account for one order (CB-WAL-1). The deposit arrives later; the gateway then
     * notifies Bizbill (webhook; the sandbox fires {@link VirtualAccountDeposited}). Toss style:
     * {@code POST /v1/virtual-accounts}.
     */
    VirtualAccount issueVirtualAccount(VirtualAccountRequest request);

    /** A virtual-account request: {@code idempotencyKey} is derived from our payment-attempt id. */
    record VirtualAccountRequest(String orderId, String orderName, long amount, String customerName,
                                 String idempotencyKey) {
    }

    /** Where the customer deposits, until when. */
    record VirtualAccount(String paymentKey, String orderId, String bank, String accountNumber, long amount,
                          java.time.Instant dueAt) {
    }

    /** The gateway's notice that a virtual-account deposit arrived (webhook or sandbox event). */
    record VirtualAccountDeposited(String orderId, String paymentKey, long amount) {
    }

    /** What Bizbill may store of a card: the billing key, the brand and the last 4 digits. */
    record BillingKey(String billingKey, String cardBrand, String last4) {
    }

    /** A charge of a billing key. {@code idempotencyKey} is derived from our payment-attempt id. */
    record ChargeRequest(String billingKey, String customerKey, String orderId, String orderName, long amount,
                         String idempotencyKey) {
    }

    record ChargeResult(Status status, String paymentKey, String orderId, long amount, String failureCode,
                        String failureMessage) {

        public enum Status {
            /** READY: approved on the window, not yet confirmed; WAITING_FOR_DEPOSIT: a virtual account. */
            READY, WAITING_FOR_DEPOSIT, DONE, DECLINED, CANCELED, PARTIAL_CANCELED
        }
    }

    record CancelResult(boolean ok, long cancelledAmount, String failureCode, String failureMessage) {
    }
}
