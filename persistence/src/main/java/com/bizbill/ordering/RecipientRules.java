package com.bizbill.ordering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CB-ORD-8: an order has 1 to 10,000 recipients; each has a Korean mobile number (digits only, 01 and 8 or 9 more
 * digits; hyphens and spaces are dropped before the check), a name of at most 10 characters, a company of at most 20
 * and a title of at most 10. A number that appears twice is refused unless duplicates are allowed, and for an order
 * of gift cards even then when configuration says so (the manual warns that the supplier refuses the same voucher to
 * the same number twice). Every row's problems are collected, numbered from 1, so a file comes back with the reason
 * per row.
 */
public final class RecipientRules {

    public static final int MAX_RECIPIENTS = 10_000;
    public static final int NAME_MAX = 10;
    public static final int COMPANY_MAX = 20;
    public static final int TITLE_MAX = 10;
    /** Issue 23 §3: a recipient's own {@code #{기념일}} text, as long as the order's (CB-ORD-10). */
    public static final int ANNIVERSARY_MAX = 30;

    /** A refused row: its number (1-based), the field and the bundle key of the reason. */
    public record Problem(int row, String field, String messageKey) {
    }

    private RecipientRules() {
    }

    public static boolean validMobile(String digits) {
        return digits != null && digits.matches("01[016789]\\d{7,8}");
    }

    /** The problems of one row, checked alone (duplicates need the whole list: {@link #check}). */
    public static List<Problem> checkRow(int row, RecipientRow r) {
        List<Problem> out = new ArrayList<>();
        if (r.mobile() == null || r.mobile().isEmpty()) {
            out.add(new Problem(row, "mobile", "recipient.mobile.required"));
        } else if (!validMobile(r.mobile())) {
            out.add(new Problem(row, "mobile", "recipient.mobile.format"));
        }
        length(out, row, "name", r.name(), NAME_MAX, "recipient.name.length");
        length(out, row, "company", r.company(), COMPANY_MAX, "recipient.company.length");
        length(out, row, "title", r.title(), TITLE_MAX, "recipient.title.length");
        length(out, row, "anniversary", r.anniversary(), ANNIVERSARY_MAX, "recipient.anniversary.length");
        return out;
    }

    /**
     * Every problem of the list: per row, then the duplicates (the second and later rows of a number), unless
     * {@code duplicatesAllowed}.
     */
    public static List<Problem> check(List<RecipientRow> rows, boolean duplicatesAllowed) {
        List<Problem> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RecipientRow r = rows.get(i);
            List<Problem> own = checkRow(i + 1, r);
            out.addAll(own);
            if (own.isEmpty() && seen.putIfAbsent(r.mobile(), i + 1) != null && !duplicatesAllowed) {
                out.add(new Problem(i + 1, "mobile", "recipient.mobile.duplicate"));
            }
        }
        return out;
    }

    private static void length(List<Problem> out, int row, String field, String value, int max, String key) {
        if (value != null && (value.codePointCount(0, value.length()) > max
                || value.chars().anyMatch(Character::isISOControl))) {
            out.add(new Problem(row, field, key));
        }
    }
}
