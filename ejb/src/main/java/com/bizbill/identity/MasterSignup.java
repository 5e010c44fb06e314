package com.bizbill.identity;

/**
 * What a coupon-service master types in the three sign-up steps (CB-MEM-2): the company, the
 * verified e-mail (its ticket), the password and mobile number, the consents and the payment type.
 */
public record MasterSignup(String businessNumber, String companyName, String representative, String email,
                           String emailTicket, String password, String mobile, boolean agreedTerms,
                           boolean agreedPrivacy, PaymentType paymentType) {
}
