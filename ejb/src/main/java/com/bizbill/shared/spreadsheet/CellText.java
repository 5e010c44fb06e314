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

    /** One CSV field: neutralised, then quoted when it holds a comma, a quote or a line break (RFC 4180). */
    public static String csvField(String text) {
        String s = neutralise(text == null ? "" : text);
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** One CSV line of fields (no line end). */
    public static String csvLine(java.util.List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(csvField(fields.get(i)));
        }
        return line.toString();
    }
}
