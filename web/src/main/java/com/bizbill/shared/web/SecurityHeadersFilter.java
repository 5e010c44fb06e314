package com.bizbill.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Issue 14 §4: the security headers on every response of the application (pages, API, PDFs, exports,
 * error pages), set before anything is written. The sandbox PG's window pages are opened as pages
 * (redirect / window), never framed, so {@code DENY} holds for them too.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        if (!http.containsHeader("X-Frame-Options")) {
            // added, not set: PrimeFaces adds its own script policy to pages; both are enforced
            http.addHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
        }
        http.setHeader("X-Frame-Options", SecurityHeaders.FRAME_OPTIONS);
        http.setHeader("Referrer-Policy", SecurityHeaders.REFERRER_POLICY);
        http.setHeader("X-Content-Type-Options", SecurityHeaders.CONTENT_TYPE_OPTIONS);
        chain.doFilter(request, response);
    }
}
