package com.bizbill.identity;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Korean business registration number (사업자등록번호), {@code ###-##-#####}, with the official
 * check digit (rule CB-MEM-2). Only the format and the check digit are known here; whether the
 * business is open is asked of the business-status registry.
 */
public final class BusinessNumber implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORMAT = Pattern.compile("\\d{3}-\\d{2}-\\d{5}");
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private final String digits;

    private BusinessNumber(String digits) {
        this.digits = digits;
    }

    /** Why a text is not a business number, or empty when it is one. */
    public static Optional<Problem> check(String text) {
        if (text == null || !FORMAT.matcher(text.trim()).matches()) {
            return Optional.of(Problem.FORMAT);
        }
        String d = text.trim().replace("-", "");
        return checkDigitOf(d) == d.charAt(9) - '0' ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
    }

    /** @throws IllegalArgumentException unless {@link #check(String)} is empty */
    public static BusinessNumber parse(String text) {
        check(text).ifPresent(p -> {
            throw new IllegalArgumentException("not a business registration number (" + p + "): " + text);
        });
        return new BusinessNumber(text.trim().replace("-", ""));
    }

    /** The official check digit of the first nine digits. */
    static int checkDigitOf(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += ((digits.charAt(8) - '0') * 5) / 10;
        return (10 - sum % 10) % 10;
    }

    /** 10 digits without dashes, as stored and as registries expect. */
    public String digits() {
        return digits;
    }

    /** ###-##-##### as people write it. */
    public String formatted() {
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessNumber b && b.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return formatted();
    }

    public enum Problem {
        FORMAT, CHECK_DIGIT
    }
}
