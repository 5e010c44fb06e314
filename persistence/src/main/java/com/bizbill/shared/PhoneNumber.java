package com.bizbill.shared;

import java.io.Serializable;
import java.util.Optional;

/**
 * A Korean phone number, mobile or landline (issue 15 §4: one reading of a number for the whole
 * application). People write it with dashes or spaces ({@code 02-1234-5678}, {@code 010 1234 5678}) or
 * internationally ({@code +82 10-1234-5678}, {@code +821012345678}); it is kept as
 * the national digits ({@code 01012345678}), as members' and stores' numbers are stored. A message
 * gateway takes any phone number (a store's notices go to its main phone); where a person proves who
 * they are, only a {@link MobileNumber} will do.
 */
public final class PhoneNumber implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Longer text is refused before it is looked at (a number with separators is at most ~20 characters). */
    static final int MAX_INPUT_LENGTH = 30;
    private static final String COUNTRY_CODE = "+82";
    /** The field error (message key) of a text that is not a phone number. */
    public static final String FIELD_ERROR = "field.phone";

    private final String digits;

    private PhoneNumber(String digits) {
        this.digits = digits;
    }

    /** The number {@code text} names, or empty when it names none (null, blank, letters, wrong length…). */
    public static Optional<PhoneNumber> of(String text) {
        return nationalDigits(text).filter(PhoneNumber::isPhone).map(PhoneNumber::new);
    }

    /** @throws InvalidPhoneNumber unless {@link #of(String)} finds a number */
    public static PhoneNumber parse(String text) {
        return of(text).orElseThrow(() -> new InvalidPhoneNumber(FIELD_ERROR, "phone", text));
    }

    /**
     * The digits of {@code text} in national form: separators (dashes, whitespace) dropped and a leading
     * {@code +82} replaced by the trunk 0; empty unless only digits remain.
     */
    static Optional<String> nationalDigits(String text) {
        if (text == null || text.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.startsWith(COUNTRY_CODE)) {
            String rest = s.substring(COUNTRY_CODE.length()).strip();
            if (rest.startsWith("-")) {
                rest = rest.substring(1).strip();
            }
            s = rest.startsWith("0") ? rest : "0" + rest;
        }
        StringBuilder d = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
            } else if (c != '-' && !Character.isWhitespace(c)) {
                return Optional.empty();
            }
        }
        return Optional.of(d.toString());
    }

    /** Seoul (02) and 7 or 8 digits; any other area, mobile or 070 prefix and 7 or 8 digits. */
    private static boolean isPhone(String d) {
        if (d.length() < 9 || d.charAt(0) != '0' || d.charAt(1) == '0') {
            return false;
        }
        int area = d.startsWith("02") ? 2 : 3;
        return d.length() - area == 7 || d.length() - area == 8;
    }

    /** The national digits without separators, as stored and as gateways take them. */
    public String digits() {
        return digits;
    }

    /** Whether this is a Korean mobile number (01X). */
    public boolean isMobile() {
        return MobileNumber.isMobile(digits);
    }

    /** As people write it: 02-123-4567, 02-1234-5678, 031-123-4567, 010-1234-5678. */
    public String display() {
        int area = digits.startsWith("02") ? 2 : 3;
        int middle = digits.length() - area - 4;
        return digits.substring(0, area) + "-" + digits.substring(area, area + middle) + "-"
                + digits.substring(area + middle);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber p && p.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return display();
    }

    /** A text that is not a phone number; {@link #key()} is the field error to show (a message key). */
    public static class InvalidPhoneNumber extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;
        private final String key;

        /** {@code kind}: "phone" or "mobile", for the message; the text is cut short, being anybody's input. */
        public InvalidPhoneNumber(String key, String kind, String text) {
            super("not a " + kind + " number: " + shortened(text));
            this.key = key;
        }

        public String key() {
            return key;
        }

        private static String shortened(String text) {
            return text == null ? "null" : text.length() > MAX_INPUT_LENGTH ? text.substring(0, MAX_INPUT_LENGTH) + "…"
                    : text;
        }
    }
}
