package com.bizbill.shared;

import java.io.Serializable;
import java.util.Optional;

/**
 * A Korean mobile number, 010/011/016/017/018/019 and 7 or 8 more digits (issue 15 §4: the one check of a
 * mobile number, for sign-up, invitations, the two-step login, a store's messages and the sandbox PG's
 * phone check). It accepts what {@link PhoneNumber} accepts ({@code 010-1234-5678}, {@code 01012345678},
 * {@code 010 1234 5678}, {@code +82 10-1234-5678}); it is stored as digits ({@code 01012345678}), shown
 * as {@code 010-1234-5678} and, where a page only hints at it, masked as {@code 010-****-5678}.
 */
public final class MobileNumber implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The field error (message key) of a text that is not a mobile number. */
    public static final String FIELD_ERROR = "field.mobile";

    private final String digits;

    private MobileNumber(String digits) {
        this.digits = digits;
    }

    /** The mobile number {@code text} names, or empty (null, blank, letters, wrong length, a landline…). */
    public static Optional<MobileNumber> of(String text) {
        return PhoneNumber.nationalDigits(text).filter(MobileNumber::isMobile).map(MobileNumber::new);
    }

    /** @throws PhoneNumber.InvalidPhoneNumber (key {@value #FIELD_ERROR}) unless {@link #of(String)} finds one */
    public static MobileNumber parse(String text) {
        return of(text).orElseThrow(() -> new PhoneNumber.InvalidPhoneNumber(FIELD_ERROR, "mobile", text));
    }

    public static boolean isValid(String text) {
        return of(text).isPresent();
    }

    /** 01X and 7 or 8 digits (an 010 number has 8, older 011/016–019 numbers may have 7). */
    static boolean isMobile(String d) {
        if (d.length() < 10 || d.length() > 11 || !d.startsWith("01")) {
            return false;
        }
        char c = d.charAt(2);
        return c == '0' || c == '1' || (c >= '6' && c <= '9');
    }

    /**
     * The masked number of a stored one ({@code 010-****-5678}), for pages that name where a code went;
     * "***" when what is stored is not a mobile number.
     */
    public static String mask(String stored) {
        return of(stored).map(MobileNumber::masked).orElse("***");
    }

    /** The digits without separators, as stored and as gateways take them. */
    public String digits() {
        return digits;
    }

    /** 010-1234-5678, or 011-123-4567 for a 10-digit number. */
    public String display() {
        return digits.substring(0, 3) + "-" + digits.substring(3, digits.length() - 4) + "-"
                + digits.substring(digits.length() - 4);
    }

    /** 010-****-5678: the carrier prefix and the last four digits, as the login and invitation pages show. */
    public String masked() {
        return digits.substring(0, 3) + "-****-" + digits.substring(digits.length() - 4);
    }

    public PhoneNumber asPhoneNumber() {
        return PhoneNumber.parse(digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MobileNumber m && m.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return display();
    }
}
