package com.bizbill.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden fields a browser posts back with a JSF form: the view state, and under the CSP (issue 14 §4)
 * the page's nonce, which PrimeFaces' script adds to every form as {@code primefaces.nonce} and the
 * server compares with the one it issued for the view.
 */
final class JsfForm {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

    private JsfForm() {
    }

    static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no view state on the page");
        }
        return m.group(1).replace("&#58;", ":");
    }

    /** The CSP nonce of the page, or null when the page has none (CSP off). */
    static String nonce(String page) {
        Matcher m = NONCE.matcher(page);
        return m.find() ? m.group(1) : null;
    }

    /** The view state and, when the page has one, the nonce, in the order a browser posts them. */
    static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.ViewState", viewState(page));
        String nonce = nonce(page);
        if (nonce != null) {
            fields.put("primefaces.nonce", nonce);
        }
        return fields;
    }
}
