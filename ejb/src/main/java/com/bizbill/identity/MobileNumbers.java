package com.bizbill.identity;

import java.util.regex.Pattern;

/** Korean mobile numbers: written with or without dashes, stored as digits, shown masked. */
public final class MobileNumbers {

    private static final Pattern MOBILE = Pattern.compile("01[016789]\\d{7,8}");

    private MobileNumbers() {
    }

    /** Digits only (dashes and spaces removed); empty for null. */
    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[\\s-]", "");
    }

    public static boolean isValid(String text) {
        return MOBILE.matcher(normalise(text)).matches();
    }

    /** 010-****-5678, as pages show a number the code went to. */
    public static String mask(String number) {
        String n = normalise(number);
        return n.length() < 7 ? "***" : n.substring(0, 3) + "-****-" + n.substring(n.length() - 4);
    }
}
