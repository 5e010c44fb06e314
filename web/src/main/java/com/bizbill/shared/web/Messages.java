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

    /** The label of {@code key}, or {@code fallback} when the bundle has none (a name only the data knows). */
    public static String labelOr(String key, String fallback) {
        String text = get(key);
        return text.startsWith("??") ? fallback : text;
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

    /**
     * Shows a business failure on the page the way {@link BizbillExceptionHandler} does (issue 15 §2), for
     * the few pages that catch one to do something more (a flash, a reset field).
     */
    public static void show(com.bizbill.shared.error.BizbillException e) {
        BizbillExceptionHandler.show(FacesContext.getCurrentInstance(), e);
    }

    /** The "type it again" check of password forms: true (with the message on {@code clientId}) when they differ. */
    public static boolean passwordsDiffer(String password, String again, String clientId) {
        if (password != null && password.equals(again)) {
            return false;
        }
        add(FacesMessage.SEVERITY_ERROR, clientId, "password.mismatch");
        return true;
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, null, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, null, key, args);
    }
}
