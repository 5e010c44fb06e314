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
        return get(locale(), key, args);
    }

    /** The viewer's language: the view's locale, Korean outside a page. */
    public static Locale locale() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        return ctx != null && ctx.getViewRoot() != null ? ctx.getViewRoot().getLocale() : Locale.KOREAN;
    }

    /** Issue 17 §2: the one label source, in the viewer's language. */
    public static com.bizbill.shared.i18n.Labels labels() {
        return com.bizbill.shared.i18n.Labels.of(locale());
    }

    /**
     * Issue 17 §3: {@code word} with the Korean particle that fits it ({@code object} 을/를, {@code subject} 이/가,
     * {@code topic} 은/는, {@code toward} 으로/로); in English the word alone (the English text has its own words).
     */
    public static String particles(String word, String kind) {
        if (Locale.ENGLISH.getLanguage().equals(locale().getLanguage())) {
            return word;
        }
        return switch (kind) {
            case "subject" -> com.bizbill.shared.i18n.Particles.subject(word);
            case "topic" -> com.bizbill.shared.i18n.Particles.topic(word);
            case "toward" -> com.bizbill.shared.i18n.Particles.toward(word);
            default -> com.bizbill.shared.i18n.Particles.object(word);
        };
    }

    /** Issue 17 §3: the one formatting, in the viewer's language. */
    public static com.bizbill.shared.i18n.Formats formats() {
        return com.bizbill.shared.i18n.Formats.of(locale());
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

    /** An information that survives the redirect after a POST (the next page shows it). */
    public static void flashInfo(String key, Object... args) {
        info(key, args);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, null, key, args);
    }
}
