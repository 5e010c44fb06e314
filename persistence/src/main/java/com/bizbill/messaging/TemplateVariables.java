package com.bizbill.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 19 §3: the variables an Alimtalk template may use, filled per recipient when an order is sent:
 * {@code #{이름}} (the recipient's name), {@code #{회사명}} (the ordering company), {@code #{기념일}} (an
 * anniversary's name). Anything else written as {@code #{…}} is refused, so no recipient ever reads a raw variable.
 */
public final class TemplateVariables {

    public static final String NAME = "이름";
    public static final String COMPANY = "회사명";
    public static final String ANNIVERSARY = "기념일";
    public static final Set<String> ALLOWED = Set.of(NAME, COMPANY, ANNIVERSARY);

    private static final Pattern VARIABLE = Pattern.compile("#\\{([^}]*)}");

    private TemplateVariables() {
    }

    /** The variables written in {@code message} that are not allowed, in order. */
    public static List<String> unknown(String message) {
        List<String> bad = new ArrayList<>();
        if (message == null) {
            return bad;
        }
        Matcher m = VARIABLE.matcher(message);
        while (m.find()) {
            if (!ALLOWED.contains(m.group(1).trim())) {
                bad.add(m.group());
            }
        }
        return bad;
    }

    /** The message with its variables filled in (a missing value reads as empty, never as the variable). */
    public static String fill(String message, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(message == null ? "" : message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.getOrDefault(m.group(1).trim(), "");
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
