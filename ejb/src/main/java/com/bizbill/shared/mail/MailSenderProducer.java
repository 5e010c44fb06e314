package com.bizbill.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** Picks the mail adapter from configuration: {@code bizbill.mail.adapter=sandbox|smtp} (sandbox by default). */
@ApplicationScoped
public class MailSenderProducer {

    @Inject
    Config config;

    @Inject
    SandboxMailSender sandbox;

    @Produces
    @ApplicationScoped
    MailSender mailSender() {
        String adapter = config.getOptionalValue("bizbill.mail.adapter", String.class).orElse("sandbox");
        return switch (adapter) {
            case "sandbox" -> sandbox;
            case "smtp" -> new SmtpMailSender(new SmtpSettings(
                    config.getValue("bizbill.mail.smtp.host", String.class),
                    config.getOptionalValue("bizbill.mail.smtp.port", Integer.class).orElse(25),
                    config.getValue("bizbill.mail.from", String.class),
                    config.getOptionalValue("bizbill.mail.smtp.username", String.class).orElse(null),
                    config.getOptionalValue("bizbill.mail.smtp.password", String.class).orElse(null),
                    config.getOptionalValue("bizbill.mail.smtp.starttls", Boolean.class).orElse(false),
                    config.getOptionalValue("bizbill.mail.smtp.timeout-ms", Integer.class).orElse(10_000)));
            default -> throw new IllegalStateException("bizbill.mail.adapter must be sandbox or smtp, not " + adapter);
        };
    }
}
