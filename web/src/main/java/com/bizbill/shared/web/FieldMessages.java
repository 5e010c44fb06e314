package com.bizbill.shared.web;

import com.bizbill.shared.error.BizbillException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Issue 15 §2: a field error is a bundle key with arguments; this turns it into words in one language,
 * for the API and for the screens alike. A key the bundle does not know becomes a safe generic sentence
 * (and a warning in the log), never the key itself.
 */
public final class FieldMessages {

    /** The sentence shown when a field error's key is missing from the bundle. */
    public static final String GENERIC = "field.invalid";

    private static final Logger LOG = Logger.getLogger(FieldMessages.class.getName());

    private FieldMessages() {
    }

    public static String words(Locale locale, BizbillException.FieldError f) {
        return words(locale, f.message(), f.args().toArray());
    }

    public static String words(Locale locale, String key, Object... args) {
        if (key != null && !key.isBlank()) {
            String text = Messages.get(locale, key, args);
            if (!text.startsWith("??")) {
                return text;
            }
            LOG.warning("field error key missing from the bundle: " + key);
        }
        return Messages.get(locale, GENERIC);
    }
}
