package com.bizbill.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** {@code bizbill.messaging.adapter}: only {@code sandbox} so far (the HTTP adapter comes with notification billing). */
@ApplicationScoped
public class MessageGatewayProducer {

    @Inject
    Config config;

    @Inject
    SandboxMessageGateway sandbox;

    @Produces
    @ApplicationScoped
    MessageGateway gateway() {
        String adapter = config.getOptionalValue("bizbill.messaging.adapter", String.class).orElse("sandbox");
        if (!"sandbox".equals(adapter)) {
            throw new IllegalStateException("bizbill.messaging.adapter: only 'sandbox' is available in this version");
        }
        return sandbox;
    }
}
