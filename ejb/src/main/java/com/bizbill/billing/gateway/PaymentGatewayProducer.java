package com.bizbill.billing.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/** {@code bizbill.pg.adapter=sandbox|http} (sandbox by default; http needs {@code bizbill.pg.http.url} and {@code .secret-key}). */
@ApplicationScoped
public class PaymentGatewayProducer {

    @Inject
    Config config;

    @Inject
    SandboxPaymentGateway sandbox;

    @Produces
    @ApplicationScoped
    PaymentGateway gateway() {
        String adapter = config.getOptionalValue("bizbill.pg.adapter", String.class).orElse("sandbox");
        return switch (adapter) {
            case "sandbox" -> sandbox;
            case "http" -> new HttpPaymentGateway(config.getValue("bizbill.pg.http.url", String.class),
                    config.getValue("bizbill.pg.http.secret-key", String.class),
                    Duration.ofMillis(config.getOptionalValue("bizbill.pg.http.timeout-ms", Integer.class).orElse(10_000)));
            default -> throw new IllegalStateException("bizbill.pg.adapter must be sandbox or http, not " + adapter);
        };
    }
}
