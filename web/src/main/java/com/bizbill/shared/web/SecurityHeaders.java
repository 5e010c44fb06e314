package com.bizbill.shared.web;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Issue 14 §4: the cookie and header decisions, in one place. Cookies are Secure when
 * {@code bizbill.http.secure-cookies} says so, and by default when {@code bizbill.public-url} is https
 * (a Secure cookie over plain http would never come back: the login would break).
 */
public final class SecurityHeaders {

    /**
     * The policy sent with every response (pages, API, PDFs, exports): never framed. The pages get a
     * second policy from PrimeFaces' CSP mode ({@code primefaces.CSP}, {@code primefaces.CSP_POLICY} in
     * web.xml): {@code object-src 'none'; base-uri 'self'; script-src 'self' 'nonce-…'}; a browser enforces
     * both. object-src is not sent with downloads (a browser's PDF viewer is a plugin). Styles are not
     * restricted (PrimeFaces and the pages use inline style attributes).
     */
    public static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'none'";
    public static final String FRAME_OPTIONS = "DENY";
    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    public static final String CONTENT_TYPE_OPTIONS = "nosniff";
    /** The remember-ID cookie's SameSite; the session cookie's is Lax too (payara-web.xml). */
    public static final String REMEMBER_SAME_SITE = "Lax";

    private SecurityHeaders() {
    }

    /** The decision: an explicit true/false wins; otherwise Secure exactly when the public URL is https. */
    static boolean secureCookies(Optional<String> setting, Optional<String> publicUrl) {
        Optional<String> explicit = setting.map(String::trim).filter(s -> !s.isEmpty());
        if (explicit.isPresent()) {
            String s = explicit.get().toLowerCase(Locale.ROOT);
            if (s.equals("true")) {
                return true;
            }
            if (s.equals("false")) {
                return false;
            }
            throw new IllegalArgumentException("bizbill.http.secure-cookies must be true or false, not " + explicit.get());
        }
        return publicUrl.map(u -> u.trim().toLowerCase(Locale.ROOT).startsWith("https://")).orElse(false);
    }

    /** From the configuration: {@code bizbill.http.secure-cookies}, else derived from {@code bizbill.public-url}. */
    public static boolean secureCookies() {
        var config = ConfigProvider.getConfig();
        return secureCookies(config.getOptionalValue("bizbill.http.secure-cookies", String.class),
                config.getOptionalValue("bizbill.public-url", String.class));
    }
}
