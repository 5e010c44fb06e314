package com.bizbill.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that says which address a request comes from (issue 14): {@link ClientAddress} with
 * {@code bizbill.http.trusted-proxies}. Used by the login throttle and the trusted-IP check (CB-MEM-3).
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "bizbill.http.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    private Set<String> proxies;

    @PostConstruct
    void init() {
        proxies = ClientAddress.proxies(trustedProxies);
    }

    public String of(HttpServletRequest request) {
        return ClientAddress.resolve(request.getRemoteAddr(),
                Collections.list(request.getHeaders(ClientAddress.FORWARDED_FOR)), proxies);
    }
}
