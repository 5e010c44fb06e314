package com.bizbill.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * {@code bizbill.messaging.adapter=sandbox|http}, sandbox by default. http (NHN Cloud Notification) needs
 * {@code bizbill.messaging.http.url}, {@code .app-key}, {@code .secret-key}, {@code .sender-key} (Kakao sender
 * profile), {@code .send-no} (registered sender number) and takes {@code .timeout-ms} (default 5,000).
 */
@ApplicationScoped
public class MessageGatewayProducer {

    private static final String HTTP = "bizbill.messaging.http.";

    @Inject
    Config config;

    @Inject
    SandboxMessageGateway sandbox;

    @Produces
    @ApplicationScoped
    MessageGateway gateway() {
        String adapter = config.getOptionalValue("bizbill.messaging.adapter", String.class).orElse("sandbox");
        return switch (adapter) {
            case "sandbox" -> sandbox;
            // getValue fails naming the missing key, so a half-configured gateway stops at the first message
            case "http" -> new HttpMessageGateway(config.getValue(HTTP + "url", String.class),
                    config.getValue(HTTP + "app-key", String.class), config.getValue(HTTP + "secret-key", String.class),
                    config.getValue(HTTP + "sender-key", String.class), config.getValue(HTTP + "send-no", String.class),
                    Duration.ofMillis(config.getOptionalValue(HTTP + "timeout-ms", Integer.class).orElse(5_000)));
            default -> throw new IllegalStateException("bizbill.messaging.adapter must be sandbox or http, not '"
                    + adapter + "'");
        };
    }
}
