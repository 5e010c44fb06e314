package com.bizbill.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The user's language: Korean by default, English on request; kept for the session. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private Locale locale = Locale.KOREAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isKorean() {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage());
    }

    /** Switches language and reloads the current page with it. */
    public void switchTo(String language) throws IOException {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.KOREAN;
        FacesContext ctx = FacesContext.getCurrentInstance();
        ctx.getViewRoot().setLocale(locale);
        var ext = ctx.getExternalContext();
        ext.redirect(ext.getRequestContextPath() + ctx.getViewRoot().getViewId());
    }
}
