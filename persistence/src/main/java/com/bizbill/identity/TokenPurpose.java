package com.bizbill.identity;

import java.time.Duration;

/** What a one-time link or code is for, and how long it lives. */
public enum TokenPurpose {
    /** BP-ON-1: the sign-up invitation of a billing account. */
    BILLING_SIGNUP(Duration.ofDays(7)),
    /** BP-ON-3: password reset link. */
    PASSWORD_RESET(Duration.ofHours(1)),
    /** CB-MEM-2: e-mail verification code of a master's sign-up. */
    EMAIL_VERIFICATION(Duration.ofMinutes(10)),
    /** CB-MEM-2: proof that the address was verified, redeemed by the sign-up itself. */
    EMAIL_VERIFIED(Duration.ofHours(1)),
    /** CB-MEM-4: a sub-member's invitation link (PENDING members are purged after 14 days). */
    SUB_MEMBER_INVITATION(Duration.ofDays(14)),
    /** CB-MEM-4: the SMS code that proves the invited mobile number. */
    MOBILE_VERIFICATION(Duration.ofMinutes(3)),
    /** CB-MEM-3: the SMS code of the second login step. */
    LOGIN_CODE(Duration.ofMinutes(3)),
    /** CB-MEM-3: handed from the code page to the identity store, used at once. */
    LOGIN_TICKET(Duration.ofMinutes(1)),
    /**
     * BP-CARD-1 (issue 14): the one-time state of a card registration, issued only after the four terms
     * were agreed; its subject names the organisation, the member and the customer key it is for.
     */
    CARD_STATE(Duration.ofMinutes(30)),
    /** Issue 14: the sandbox gateway's window session for one payment or one card registration. */
    PG_WINDOW(Duration.ofMinutes(30)),
    /** Issue 22 §1: the SMS code by which a coupon's recipient proves the number (subject: the recipient). */
    COUPON_PAGE_CODE(Duration.ofMinutes(3));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
