package com.bizbill.billing;

/**
 * Fired synchronously, inside the transaction that moves an attempt to SUCCEEDED or FAILED, so the
 * owner of the purpose (wallet charge, invoice …) books its side in the same commit: the attempt's
 * state and the money movement are never apart.
 */
public record PaymentDecided(long attemptId, String purpose, String reference, long amount, PaymentStatus status,
                             String paymentKey, String failureCode, String failureMessage, String orderId) {

    static PaymentDecided of(PaymentAttempt a) {
        return new PaymentDecided(a.getId(), a.getPurpose(), a.getReference(), a.getAmount(), a.getStatus(),
                a.getPaymentKey(), a.getFailureCode(), a.getFailureMessage(), a.getOrderId());
    }

    public boolean succeeded() {
        return status == PaymentStatus.SUCCEEDED;
    }
}
