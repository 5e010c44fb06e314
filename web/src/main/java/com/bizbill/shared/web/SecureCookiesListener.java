package com.bizbill.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Issue 14 §4: the session cookie is Secure when {@link SecurityHeaders#secureCookies()} says so, set before the context starts. */
@WebListener
public class SecureCookiesListener implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SecureCookiesListener.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = SecurityHeaders.secureCookies();
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
        LOG.info("session cookie Secure=" + secure);
    }
}
