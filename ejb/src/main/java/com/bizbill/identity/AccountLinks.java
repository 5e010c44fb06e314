package com.bizbill.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute links put into mails: {@code bizbill.public-url} + path. */
@ApplicationScoped
public class AccountLinks {

    @Inject
    @ConfigProperty(name = "bizbill.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public String of(String pathAndQuery) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + pathAndQuery;
    }
}
