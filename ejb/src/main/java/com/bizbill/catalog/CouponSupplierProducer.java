package com.bizbill.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * {@code bizbill.supplier.adapter=sandbox|http}, sandbox by default. http (a Giftishow-Biz-style API) needs
 * {@code bizbill.supplier.http.url}, {@code .auth-code}, {@code .auth-token} and takes {@code .timeout-ms}
 * (default 5,000).
 */
@ApplicationScoped
public class CouponSupplierProducer {

    private static final String HTTP = "bizbill.supplier.http.";

    @Inject
    Config config;

    @Inject
    SandboxCouponSupplier sandbox;

    @Produces
    @ApplicationScoped
    CouponSupplier supplier() {
        String adapter = config.getOptionalValue("bizbill.supplier.adapter", String.class).orElse("sandbox");
        return switch (adapter) {
            case "sandbox" -> sandbox;
            case "http" -> new HttpCouponSupplier(config.getValue(HTTP + "url", String.class),
                    config.getValue(HTTP + "auth-code", String.class), config.getValue(HTTP + "auth-token", String.class),
                    Duration.ofMillis(config.getOptionalValue(HTTP + "timeout-ms", Integer.class).orElse(5_000)));
            default -> throw new IllegalStateException("bizbill.supplier.adapter must be sandbox or http, not '"
                    + adapter + "'");
        };
    }
}
