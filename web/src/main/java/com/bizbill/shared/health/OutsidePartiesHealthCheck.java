package com.bizbill.shared.health;

import com.bizbill.billing.gateway.PaymentGateway;
import com.bizbill.billing.taxinvoice.TaxInvoiceGateway;
import com.bizbill.identity.registry.BusinessRegistry;
import com.bizbill.messaging.MessageGateway;
import com.bizbill.shared.mail.MailSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when every outside party's configured adapter can be made (MicroProfile Health at /health):
 * the data says which adapter each party uses, so IT sees at a glance whether an instance still runs on
 * the sandboxes. Checked once at start-up too, with a SEVERE log line naming what is missing.
 */
@Readiness
@ApplicationScoped
public class OutsidePartiesHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(OutsidePartiesHealthCheck.class.getName());

    @Inject
    Config config;

    @Inject
    Instance<PaymentGateway> pg;

    @Inject
    Instance<MessageGateway> messaging;

    @Inject
    Instance<MailSender> mail;

    @Inject
    Instance<TaxInvoiceGateway> taxInvoice;

    @Inject
    Instance<BusinessRegistry> registry;

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        OutsideParties.State state = state();
        if (!state.up()) {
            LOG.severe("outside parties not usable, fix the configuration: " + state.adapters());
        } else {
            LOG.info("outside parties: " + state.adapters());
        }
    }

    @Override
    public HealthCheckResponse call() {
        OutsideParties.State state = state();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("outside-parties").status(state.up());
        state.adapters().forEach(b::withData);
        return b.build();
    }

    private OutsideParties.State state() {
        return OutsideParties.check(List.of(
                party("pg", "bizbill.pg.adapter", pg),
                party("messaging", "bizbill.messaging.adapter", messaging),
                party("mail", "bizbill.mail.adapter", mail),
                party("taxinvoice", "bizbill.taxinvoice.adapter", taxInvoice),
                party("registry", "bizbill.registry.adapter", registry)));
    }

    private OutsideParties.Party party(String name, String key, Instance<?> bean) {
        return new OutsideParties.Party(name, config.getOptionalValue(key, String.class).orElse("sandbox"), bean::get);
    }
}
