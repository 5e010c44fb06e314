package com.bizbill.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Labels and messages from the one resource bundle (Korean first, English second). */
public final class Messages {

    public static final String BUNDLE = "com.bizbill.i18n.messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        try {
            String text = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
    }

    public static String get(String key, Object... args) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        Locale locale = ctx != null && ctx.getViewRoot() != null ? ctx.getViewRoot().getLocale() : Locale.KOREAN;
        return get(locale, key, args);
    }

    /** Adds a global (or field, when clientId is given) message from the bundle. */
    public static void add(FacesMessage.Severity severity, String clientId, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, get(key, args), null));
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, null, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, null, key, args);
    }
}
