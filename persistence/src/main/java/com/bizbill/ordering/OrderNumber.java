package com.bizbill.ordering;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Issue 20 §2: an order's number is {@code CB} + the order day {@code yyyyMMdd} + {@code C} + a global sequence of at
 * least 4 digits. The sequence is the order's row id, taken from a database sequence that hands out each number once
 * (a rolled-back order leaves a gap, never a reused number).
 */
public final class OrderNumber {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private OrderNumber() {
    }

    public static String of(LocalDate orderDay, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("a sequence starts at 1: " + sequence);
        }
        return "CB" + orderDay.format(DAY) + "C" + String.format("%04d", sequence);
    }

    /** Whether a caller's text has the shape of an order number (the API refuses others before any look-up). */
    public static boolean looksLike(String text) {
        return text != null && text.matches("CB\\d{8}C\\d{4,18}");
    }
}
