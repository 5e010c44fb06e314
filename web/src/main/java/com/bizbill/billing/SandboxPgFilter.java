package com.bizbill.billing;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Issue 14 §2: the sandbox payment gateway's pages (/sandbox-pg/*) exist only where the sandbox is the
 * gateway ({@code bizbill.pg.adapter=sandbox}, the default); with any other adapter they answer 404, as
 * pages that are not there.
 */
@WebFilter(urlPatterns = "/sandbox-pg/*")
public class SandboxPgFilter implements Filter {

    /** The decision, from the configured adapter (absent means the default, sandbox). */
    static boolean served(Optional<String> adapter) {
        return adapter.map(String::trim).orElse("sandbox").equals("sandbox");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!served(ConfigProvider.getConfig().getOptionalValue("bizbill.pg.adapter", String.class))) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
