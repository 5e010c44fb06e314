package com.bizbill.shared.spreadsheet;

/**
 * Formula-injection guard for every text cell we write to a CSV or Excel file (issue 14, OWASP "CSV
 * injection"): a text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is prefixed with {@code '} so a spreadsheet shows it as text and never evaluates it. Only for
 * text: amounts written as numeric cells stay numbers, negative ones included.
 */
public final class CellText {

    private CellText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
