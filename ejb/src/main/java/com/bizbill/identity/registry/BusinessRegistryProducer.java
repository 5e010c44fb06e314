package com.bizbill.identity.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/** {@code bizbill.registry.adapter=sandbox|http} (sandbox by default). */
@ApplicationScoped
public class BusinessRegistryProducer {

    @Inject
    Config config;

    @Inject
    SandboxBusinessRegistry sandbox;

    @Produces
    @ApplicationScoped
    BusinessRegistry registry() {
        String adapter = config.getOptionalValue("bizbill.registry.adapter", String.class).orElse("sandbox");
        return switch (adapter) {
            case "sandbox" -> sandbox;
            case "http" -> new HttpBusinessRegistry(config.getValue("bizbill.registry.http.url", String.class),
                    config.getValue("bizbill.registry.http.service-key", String.class),
                    Duration.ofMillis(config.getOptionalValue("bizbill.registry.http.timeout-ms", Integer.class)
                            .orElse(5_000)));
            default -> throw new IllegalStateException("bizbill.registry.adapter must be sandbox or http, not " + adapter);
        };
    }
}
