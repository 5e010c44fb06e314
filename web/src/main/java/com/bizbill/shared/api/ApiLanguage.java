package com.bizbill.shared.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * Issue 15 §2: the partner API answers in English unless the caller asks for Korean
 * ({@code Accept-Language: ko}); the first of the caller's languages we speak wins.
 */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Locale.ENGLISH;
        }
        try {
            return of(headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            // a malformed Accept-Language, or no request in scope: the default
            return Locale.ENGLISH;
        }
    }

    public static Locale of(List<Locale> acceptable) {
        for (Locale l : acceptable == null ? List.<Locale>of() : acceptable) {
            if ("ko".equalsIgnoreCase(l.getLanguage())) {
                return Locale.KOREAN;
            }
            if ("en".equalsIgnoreCase(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
