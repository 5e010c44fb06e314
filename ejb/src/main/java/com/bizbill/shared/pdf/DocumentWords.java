package com.bizbill.shared.pdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words printed on documents (PDFs), from the {@code com.bizbill.i18n.documents} bundle of this module:
 * Korean first, English second (design.md "Interfaces"), like the screens' bundle in the web module, which this
 * module cannot see. Any language other than English gets Korean.
 */
public final class DocumentWords {

    static final String BUNDLE = "com.bizbill.i18n.documents";
    /** The documents as they always were: Korean. */
    public static final DocumentWords KOREAN = of(Locale.KOREAN);

    private final Locale locale;
    private final ResourceBundle bundle;

    private DocumentWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, DocumentWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static DocumentWords of(Locale locale) {
        return new DocumentWords(locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Locale.ENGLISH : Locale.KOREAN);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with its arguments ({@link MessageFormat}); a missing key shows as ??key??. */
    public String get(String key, Object... args) {
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
    }
}
