package com.bizbill.ordering;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The order's own words: its name (CB-ORD-1, ≤ 50 characters, default {@code yyyyMMddHHmm 주문건}, never shown to
 * recipients) and its send title (CB-ORD-6, ≤ 16 characters, letters and digits of any script and spaces only: it is
 * shown in the recipients' messenger, where symbols are refused by the providers). Lengths count characters as
 * people see them (code points).
 */
public final class OrderTexts {

    public static final int NAME_MAX = 50;
    public static final int TITLE_MAX = 16;
    private static final Pattern TITLE = Pattern.compile("[\\p{L}\\p{Nd} ]+");
    private static final DateTimeFormatter DEFAULT_NAME = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private OrderTexts() {
    }

    public static String defaultName(LocalDateTime now) {
        return now.format(DEFAULT_NAME) + " 주문건";
    }

    /** The bundle key of what is wrong with an order name, if anything (blank names take the default). */
    public static Optional<String> nameProblem(String name) {
        if (name != null && name.strip().codePointCount(0, name.strip().length()) > NAME_MAX) {
            return Optional.of("order.name.length");
        }
        if (name != null && name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("order.name.control");
        }
        return Optional.empty();
    }

    public static Optional<String> titleProblem(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of("order.title.required");
        }
        String t = title.strip();
        if (t.codePointCount(0, t.length()) > TITLE_MAX) {
            return Optional.of("order.title.length");
        }
        if (!TITLE.matcher(t).matches()) {
            return Optional.of("order.title.characters");
        }
        return Optional.empty();
    }
}
