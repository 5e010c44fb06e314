package com.bizbill.shared.error;

/**
 * The one catalogue of failure codes. Each code has the HTTP status the API answers with
 * (RFC 9457 problem+json) and a bundle key ({@code error.<code>}) the screens show.
 * Codes are stable: partners' systems branch on them. Each belongs to one {@link ErrorContext} (issue 15 §2).
 */
public enum ErrorCode {
    // common (issue 15 §2: generic codes are for malformed input and access control only)
    /** A malformed body, query or field: the field errors say which fields and why. */
    VALIDATION_FAILED(400, ErrorContext.COMMON),
    UNAUTHENTICATED(401, ErrorContext.COMMON),
    /** Access control: the caller's role or organisation kind does not allow the call. */
    FORBIDDEN(403, ErrorContext.COMMON),
    /** No such resource or path (the API's own 404). */
    NOT_FOUND(404, ErrorContext.COMMON),
    CONFLICT(409, ErrorContext.COMMON),
    CONCURRENT_UPDATE(409, ErrorContext.COMMON),
    UNPROCESSABLE(422, ErrorContext.COMMON),
    /** A whole number outside its range: beyond a business maximum (bizbill.limits.*) or below a minimum. */
    AMOUNT_OUT_OF_RANGE(400, ErrorContext.COMMON),
    IDEMPOTENCY_KEY_REQUIRED(400, ErrorContext.COMMON),
    IDEMPOTENCY_KEY_REUSED(422, ErrorContext.COMMON),
    IDEMPOTENCY_IN_PROGRESS(409, ErrorContext.COMMON),
    // idempotency (issue 13)
    /** A keyed call's first attempt stopped after the item may have happened; it is not done again. */
    IDEMPOTENCY_OUTCOME_UNKNOWN(409, ErrorContext.COMMON),
    /** An uploaded file is larger than its limit; refused while reading, at the limit + 1 byte (issue 14). */
    UPLOAD_TOO_LARGE(413, ErrorContext.COMMON),
    /** A spreadsheet refused by POI's zip-bomb guard (inflate ratio, entry size) or too large to read. */
    SPREADSHEET_REFUSED(422, ErrorContext.COMMON),
    /** A stored file (upload, evidence, document) is not there. */
    FILE_NOT_FOUND(404, ErrorContext.COMMON),
    CLOCK_DEMO_ONLY(403, ErrorContext.COMMON),
    CLOCK_BACKWARDS(422, ErrorContext.COMMON),
    INTERNAL(500, ErrorContext.COMMON),

    // identity
    REGISTRY_UNAVAILABLE(503, ErrorContext.IDENTITY),
    BUSINESS_NOT_OPEN(422, ErrorContext.IDENTITY),
    ORGANISATION_NOT_FOUND(404, ErrorContext.IDENTITY),
    MEMBER_NOT_FOUND(404, ErrorContext.IDENTITY),
    /** A Member's transition table refuses the move (issue 15 §3), e.g. suspending a pending invitation. */
    MEMBER_TRANSITION_REFUSED(409, ErrorContext.IDENTITY),
    MEMBER_LOGIN_NOT_ALLOWED(403, ErrorContext.IDENTITY),
    LOGIN_ID_TAKEN(409, ErrorContext.IDENTITY),
    LOGIN_NO_MOBILE(422, ErrorContext.IDENTITY),
    EMAIL_NOT_VERIFIED(400, ErrorContext.IDENTITY),
    /** A one-time link or ticket (e-mail check, password reset, sign-up) is unknown, used or expired. */
    ONE_TIME_LINK_INVALID(422, ErrorContext.IDENTITY),
    INVITATION_INVALID(422, ErrorContext.IDENTITY),
    SIGNUP_ALREADY_DECIDED(409, ErrorContext.IDENTITY),
    LICENCE_NOT_FOUND(404, ErrorContext.IDENTITY),
    API_KEY_NOT_FOUND(404, ErrorContext.IDENTITY),
    TRUSTED_IP_NOT_FOUND(404, ErrorContext.IDENTITY),
    SUB_MEMBER_NOT_FOUND(404, ErrorContext.IDENTITY),
    SUB_MEMBER_MASTER_ONLY(403, ErrorContext.IDENTITY),
    SUB_LIMIT_EXCEEDS_MEANS(422, ErrorContext.IDENTITY),
    /** The sub-member has no withdrawal waiting for a decision (none requested, or already decided). */
    SUB_MEMBER_STATE_CONFLICT(409, ErrorContext.IDENTITY),
    WITHDRAWAL_EVIDENCE_NOT_FOUND(404, ErrorContext.IDENTITY),

    // ledger
    LEDGER_UNBALANCED_ENTRY(422, ErrorContext.LEDGER),
    LEDGER_UNKNOWN_ACCOUNT(422, ErrorContext.LEDGER),
    LEDGER_ACCOUNT_NOT_FOUND(404, ErrorContext.LEDGER),

    // wallet
    WALLET_INSUFFICIENT_BALANCE(422, ErrorContext.WALLET),
    CREDIT_LIMIT_EXCEEDED(422, ErrorContext.WALLET),
    WALLET_NOT_AVAILABLE(403, ErrorContext.WALLET),
    WALLET_NOT_FOUND(404, ErrorContext.WALLET),
    CREDIT_ACCOUNT_NOT_FOUND(404, ErrorContext.WALLET),
    /** Issue 24 §4: the payment type is not switched while orders are reserved or being sent (money in flight). */
    PAYMENT_TYPE_NOT_SWITCHABLE(409, ErrorContext.WALLET),
    CHARGE_NOT_FOUND(404, ErrorContext.WALLET),
    CHARGE_NOT_CANCELLABLE(422, ErrorContext.WALLET),
    CHARGE_CANCEL_TOO_LATE(422, ErrorContext.WALLET),
    CHARGE_CANCEL_SPENT(422, ErrorContext.WALLET),
    REFUND_NOT_FOUND(404, ErrorContext.WALLET),
    REFUND_STATE(409, ErrorContext.WALLET),

    // payments: the gateway and payment attempts, shared by wallet, billing and usage
    PAYMENT_DECLINED(422, ErrorContext.PAYMENTS),
    PAYMENT_OUTCOME_UNKNOWN(502, ErrorContext.PAYMENTS),
    PAYMENT_GATEWAY_UNAVAILABLE(503, ErrorContext.PAYMENTS),
    CARD_NOT_REGISTERED(422, ErrorContext.PAYMENTS),
    // payments (issue 13)
    /** A cancel reached the gateway but is not settled yet (answer lost, or booking failed): never repeat it. */
    PAYMENT_CANCEL_PENDING(409, ErrorContext.PAYMENTS),
    /** Another cancel of the same payment is still open. */
    PAYMENT_CANCEL_IN_PROGRESS(409, ErrorContext.PAYMENTS),
    PAYMENT_ATTEMPT_NOT_FOUND(404, ErrorContext.PAYMENTS),
    /** The attempt is already decided (succeeded, failed or closed by hand). */
    PAYMENT_ATTEMPT_STATE_CONFLICT(409, ErrorContext.PAYMENTS),
    /** The gateway's amount is not the attempt's amount. */
    PAYMENT_AMOUNT_MISMATCH(400, ErrorContext.PAYMENTS),
    VIRTUAL_ACCOUNT_NOT_FOUND(404, ErrorContext.PAYMENTS),
    VIRTUAL_ACCOUNT_STATE_CONFLICT(409, ErrorContext.PAYMENTS),
    /** Issue 14 §2: the sandbox gateway's window was opened without a valid token from our application. */
    PG_WINDOW_INVALID(422, ErrorContext.PAYMENTS),
    /** Issue 14 §2: too many SMS codes for this number or from this address; try again later. */
    PG_SMS_THROTTLED(429, ErrorContext.PAYMENTS),

    // billing
    INVOICE_NOT_FOUND(404, ErrorContext.BILLING),
    INVOICE_CARD_CLOSED(422, ErrorContext.BILLING),
    /** BP-PAY-4: a card payment can be cancelled within its billing month only (issue 18: said in those words). */
    INVOICE_CARD_CANCEL_CLOSED(422, ErrorContext.BILLING),
    INVOICE_PAYMENT_NOT_FOUND(404, ErrorContext.BILLING),
    /** A card payment's cancel is more than what is left of the payment. */
    INVOICE_CANCEL_EXCEEDS_PAYMENT(400, ErrorContext.BILLING),
    BILLING_ACCOUNT_NOT_FOUND(404, ErrorContext.BILLING),
    BILLING_ACCOUNT_LOGIN_EXISTS(409, ErrorContext.BILLING),
    /** BP-PAY-5: pay-now is for card-immediate customers. */
    PAY_NOW_NOT_ALLOWED(403, ErrorContext.BILLING),
    VIRTUAL_ACCOUNT_TAKEN(400, ErrorContext.BILLING),
    /** A bank deposit for an invoice whose card attempt is still open waits until the attempt is decided. */
    BANK_MATCH_WAITS_FOR_CARD(409, ErrorContext.BILLING),
    BANK_DEPOSIT_NOT_OPEN(409, ErrorContext.BILLING),
    BANK_MATCH_INVOICE_UNKNOWN(400, ErrorContext.BILLING),
    BANK_DEPOSIT_EXCEEDS_BALANCE(400, ErrorContext.BILLING),
    OVERPAYMENT_NOT_FOUND(404, ErrorContext.BILLING),
    /** The overpayment is not open (already being refunded or refunded). */
    OVERPAYMENT_STATE(409, ErrorContext.BILLING),
    /** Card registration is for card payers (card-auto, card-immediate, prepaid wallets) only. */
    CARD_PAYER_ONLY(403, ErrorContext.BILLING),
    // card registration (issue 14)
    /** BP-CARD-1: the gateway window opens only after all four terms were agreed. */
    CARD_TERMS_REQUIRED(422, ErrorContext.BILLING),
    /** BP-CARD-1: the gateway's callback came back without the one-time state of a registration. */
    CARD_STATE_MISSING(422, ErrorContext.BILLING),
    /** BP-CARD-1: the callback's state is unknown, expired or already used. */
    CARD_STATE_INVALID(422, ErrorContext.BILLING),
    /** BP-CARD-1: the callback's state was issued to another member or organisation, or for another customer key. */
    CARD_STATE_FOREIGN(403, ErrorContext.BILLING),
    TAX_INVOICE_CONFLICT(409, ErrorContext.BILLING),
    TAX_INVOICE_REFUSED(422, ErrorContext.BILLING),

    // usage
    USAGE_BILL_NOT_FOUND(404, ErrorContext.USAGE),
    /** The bill is not waiting for a payment (already paid, or still being charged). */
    USAGE_BILL_NOT_PAYABLE(409, ErrorContext.USAGE),

    // messaging
    MESSAGE_FAILED(502, ErrorContext.MESSAGING),
    MESSAGE_OUTCOME_UNKNOWN(502, ErrorContext.MESSAGING),
    MESSAGE_GATEWAY_UNAVAILABLE(503, ErrorContext.MESSAGING),
    MESSAGE_SENDER_NOT_STORE(403, ErrorContext.MESSAGING),
    MAIL_INVALID(400, ErrorContext.MESSAGING),
    MAIL_DELIVERY_FAILED(502, ErrorContext.MESSAGING),

    // jobs
    JOB_UNKNOWN(404, ErrorContext.JOBS),
    JOB_ALREADY_RUNNING(409, ErrorContext.JOBS),
    JOB_PERIOD_INVALID(400, ErrorContext.JOBS),
    JOB_RUN_NOT_FOUND(404, ErrorContext.JOBS),

    // support
    QUESTION_NOT_FOUND(404, ErrorContext.SUPPORT),
    QUESTION_ATTACHMENT_NOT_FOUND(404, ErrorContext.SUPPORT),
    /** Issue 19: the coupon supplier did not answer (timeout, 5xx): what it did is settled by a look-up. */
    COUPON_SUPPLIER_UNAVAILABLE(502, ErrorContext.CATALOG),
    /** Issue 19: the coupon supplier refused the call with its own code. */
    COUPON_SUPPLIER_REFUSED(502, ErrorContext.CATALOG),
    PRODUCT_NOT_FOUND(404, ErrorContext.CATALOG),
    /** Issue 21: the operator's deposit at the coupon supplier is too low to issue: a pause, not a failure. */
    COUPON_SUPPLIER_BALANCE_SHORT(503, ErrorContext.CATALOG),

    // ordering (issue 20)
    ORDER_NOT_FOUND(404, ErrorContext.ORDERING),
    /** CB-DSP-2: only a reserved order (not started) is cancelled. */
    ORDER_NOT_CANCELLABLE(409, ErrorContext.ORDERING),
    /** CB-MEM-6: the sub-member's monthly purchase limit (none granted, or not enough left this month). */
    MONTHLY_LIMIT_EXCEEDED(422, ErrorContext.ORDERING),
    /** CB-CAT-2: the organisation may not order cashable products. */
    CASHABLE_NOT_PERMITTED(403, ErrorContext.ORDERING),
    /** CB-CAT-2: not enough of this month's cashable limit left. */
    CASHABLE_LIMIT_EXCEEDED(422, ErrorContext.ORDERING),
    /** CB-MEM-5: a suspended, dormant, withdrawing or withdrawn member cannot order. */
    ORDERER_NOT_ACTIVE(403, ErrorContext.ORDERING),
    /** Issue 20 review: a price changed since the amount was shown; nothing was paid. */
    ORDER_PRICE_CHANGED(409, ErrorContext.ORDERING),
    /** A product of the order is no longer on sale, or not with that validity. */
    PRODUCT_NOT_ON_SALE(422, ErrorContext.ORDERING),
    /** Issue 22 §1: the coupon link is unknown or no longer open (never says which). */
    COUPON_LINK_INVALID(404, ErrorContext.ORDERING),
    /** Issue 22 §1: too many codes for this link, or too many tries from this address: wait and try again. */
    COUPON_CODE_LIMIT(429, ErrorContext.ORDERING),
    /** Issue 22 §2, CB-ORD-4: the recipient already chose a gift (one gift per recipient). */
    GIFT_ALREADY_CHOSEN(409, ErrorContext.ORDERING),
    /** Issue 22 §2: that gift cannot be chosen (discontinued, not on sale, or it could not be issued): choose another. */
    GIFT_UNAVAILABLE(409, ErrorContext.ORDERING),
    /** Issue 22 §5, CB-DSP-5: a message goes again only after success or failure, at most three times. */
    RESEND_NOT_ALLOWED(409, ErrorContext.ORDERING),
    /** Issue 22 §6: only an issued, unused coupon within its validity is discarded (the reason is required). */
    COUPON_NOT_DISCARDABLE(409, ErrorContext.ORDERING),
    /** Issue 24 §2, CB-STM-1: a transaction statement covers orders being sent or sent (SENDING, COMPLETED) only. */
    STATEMENT_NOT_ALLOWED(409, ErrorContext.ORDERING),
    /** Issue 24 §3, CB-PST-2: no such postpaid invoice of your company. */
    POSTPAID_INVOICE_NOT_FOUND(404, ErrorContext.ORDERING),
    /** Issue 23 §4, CB-ANV-1: no such anniversary order of yours (they are private to the member who made them). */
    ANNIVERSARY_NOT_FOUND(404, ErrorContext.ORDERING),
    /** Issue 23 §4, CB-ANV-1: a product of the anniversary order is no longer on sale: remove it, then switch it on. */
    ANNIVERSARY_PRODUCT_UNAVAILABLE(409, ErrorContext.ORDERING),

    // address book (issue 23)
    /** A folder, group or contact that is not the member's own (or does not exist). */
    ADDRESS_BOOK_NOT_FOUND(404, ErrorContext.ADDRESS_BOOK),
    /** CB-ADR-1: the last folder, or a folder's last group, cannot be deleted or moved away. */
    ADDRESS_BOOK_LAST_ONE(409, ErrorContext.ADDRESS_BOOK);

    private final int httpStatus;
    private final ErrorContext context;

    ErrorCode(int httpStatus, ErrorContext context) {
        this.httpStatus = httpStatus;
        this.context = context;
    }

    /** The bounded context whose refusal this is (issue 15 §2). */
    public ErrorContext context() {
        return context;
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
