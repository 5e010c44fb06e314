package com.bizbill.shared.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Issue 17 §2: the one label source. Every enum value, status, kind, payment method, payment purpose, job and
 * audit action has one Korean and one English label in {@code com.bizbill.i18n.labels} under
 * {@code <kind>.<code>} (an enum's kind is its simple class name); pages, PDFs, Excel, CSV and mails all ask
 * here, so a status reads the same on the screen and in the file.
 */
public final class Labels {

    static final String BUNDLE = "com.bizbill.i18n.labels";

    public static final Labels KOREAN = new Labels(Locale.KOREAN);
    public static final Labels ENGLISH = new Labels(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English for English, Korean for any other language (Korean first, design.md). */
    public static Labels of(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : KOREAN;
    }

    public Locale locale() {
        return locale;
    }

    /** The label of an enum value; "" for none. */
    public String of(Enum<?> value) {
        return value == null ? "" : code(value.getDeclaringClass().getSimpleName(), value.name());
    }

    /**
     * The label of a code of {@code kind} kept as a string (an audit action, a payment purpose, a job name);
     * a code the bundle does not know yet reads as itself rather than failing a page.
     */
    public String code(String kind, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String label = find(kind, code);
        return label == null ? code : label;
    }

    /** A label with arguments ({@link java.text.MessageFormat}), or null when the bundle has none. */
    public String message(String kind, String code, Object... args) {
        String pattern = find(kind, code);
        return pattern == null ? null : new java.text.MessageFormat(pattern, locale).format(args);
    }

    /** The codes of {@code kind} the bundle knows, ordered by their label (a choice list: the banks). */
    public java.util.List<String> codes(String kind) {
        String prefix = kind + ".";
        return java.util.Collections.list(bundle.getKeys()).stream().filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length()))
                .sorted(java.util.Comparator.comparing((String c) -> code(kind, c))).toList();
    }

    /** Which kind of code an audit line's before/after holds, by the line's target type. */
    private static final java.util.Map<String, String> AUDIT_VALUE_KINDS = java.util.Map.of("PRODUCT", "ProductStatus",
            "MEMBER", "MemberStatus", "REFUND_REQUEST", "RefundStatus", "USAGE_BILL", "UsageBillStatus",
            "PAYMENT_ATTEMPT", "PaymentStatus", "INVOICE", "InvoiceStatus", "WALLET_CHARGE", "ChargeStatus",
            "ORGANISATION", "OrganisationStatus", "BILLING_ACCOUNT", "PaymentMethod", "ORDER", "OrderStatus");

    /**
     * An audit line's before/after in words when it is a bare code (a status) of the kind its target has
     * ("SUSPENDED" of a PRODUCT: 판매 중지); anything else (amounts, names, sentences) as it is.
     */
    public String auditValue(String targetType, String value) {
        if (value == null || !value.matches("[A-Z][A-Z0-9_]{2,}")) {
            return value;
        }
        String kind = AUDIT_VALUE_KINDS.get(targetType);
        String label = kind == null ? null : find(kind, value);
        return label == null ? value : label;
    }

    /** The label, or null when the bundle has none (the completeness test uses this). */
    public String find(String kind, String code) {
        try {
            return bundle.getString(kind + "." + code);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
