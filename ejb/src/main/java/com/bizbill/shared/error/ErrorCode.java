package com.bizbill.shared.error;

/**
 * The one catalogue of failure codes. Each code has the HTTP status the API answers with
 * (RFC 9457 problem+json) and a bundle key ({@code error.<code>}) the screens show.
 * Codes are stable: partners' systems branch on them.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    CONCURRENT_UPDATE(409),
    UNPROCESSABLE(422),
    /** A whole number outside its range: beyond a business maximum (bizbill.limits.*) or below a minimum. */
    AMOUNT_OUT_OF_RANGE(400),

    LEDGER_UNBALANCED_ENTRY(422),
    LEDGER_UNKNOWN_ACCOUNT(422),
    LEDGER_ACCOUNT_NOT_FOUND(404),

    JOB_UNKNOWN(404),
    JOB_ALREADY_RUNNING(409),
    JOB_PERIOD_INVALID(400),

    CLOCK_DEMO_ONLY(403),
    CLOCK_BACKWARDS(422),

    REGISTRY_UNAVAILABLE(503),
    BUSINESS_NOT_OPEN(422),

    MESSAGE_FAILED(502),
    MESSAGE_OUTCOME_UNKNOWN(502),
    MESSAGE_GATEWAY_UNAVAILABLE(503),

    PAYMENT_DECLINED(422),
    PAYMENT_OUTCOME_UNKNOWN(502),
    PAYMENT_GATEWAY_UNAVAILABLE(503),

    WALLET_INSUFFICIENT_BALANCE(422),
    CREDIT_LIMIT_EXCEEDED(422),
    WALLET_NOT_AVAILABLE(403),
    CARD_NOT_REGISTERED(422),
    CHARGE_NOT_CANCELLABLE(422),
    CHARGE_CANCEL_TOO_LATE(422),
    CHARGE_CANCEL_SPENT(422),
    REFUND_STATE(409),

    INVOICE_CARD_CLOSED(422),

    IDEMPOTENCY_KEY_REQUIRED(400),
    IDEMPOTENCY_KEY_REUSED(422),
    IDEMPOTENCY_IN_PROGRESS(409),
    // idempotency (issue 13)
    /** A keyed call's first attempt stopped after the item may have happened; it is not done again. */
    IDEMPOTENCY_OUTCOME_UNKNOWN(409),

    MAIL_INVALID(400),
    MAIL_DELIVERY_FAILED(502),

    // payments (issue 13)
    /** A cancel reached the gateway but is not settled yet (answer lost, or booking failed): never repeat it. */
    PAYMENT_CANCEL_PENDING(409),
    /** Another cancel of the same payment is still open. */
    PAYMENT_CANCEL_IN_PROGRESS(409),
    /** A bank deposit for an invoice whose card attempt is still open waits until the attempt is decided. */
    BANK_MATCH_WAITS_FOR_CARD(409),
    /** The overpayment is not open (already being refunded or refunded). */
    OVERPAYMENT_STATE(409),

    // login and uploads (issue 14)
    /** An uploaded file is larger than its limit; refused while reading, at the limit + 1 byte. */
    UPLOAD_TOO_LARGE(413),
    /** A spreadsheet refused by POI's zip-bomb guard (inflate ratio, entry size) or too large to read. */
    SPREADSHEET_REFUSED(422),
    // card registration (issue 14)
    /** BP-CARD-1: the gateway window opens only after all four terms were agreed. */
    CARD_TERMS_REQUIRED(422),
    /** BP-CARD-1: the gateway's callback came back without the one-time state of a registration. */
    CARD_STATE_MISSING(422),
    /** BP-CARD-1: the callback's state is unknown, expired or already used. */
    CARD_STATE_INVALID(422),
    /** BP-CARD-1: the callback's state was issued to another member or organisation, or for another customer key. */
    CARD_STATE_FOREIGN(403),
    /** Issue 14 §2: the sandbox gateway's window was opened without a valid token from our application. */
    PG_WINDOW_INVALID(422),
    /** Issue 14 §2: too many SMS codes for this number or from this address; try again later. */
    PG_SMS_THROTTLED(429),

    INTERNAL(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Resource-bundle key of the user-facing message. */
    public String messageKey() {
        return "error." + name();
    }

    /** Stable URI for the problem "type" member. */
    public String typeUri() {
        return "https://bizbill.example/problems/" + name().toLowerCase().replace('_', '-');
    }
}
