package com.bizbill.shared.mail;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The in-app mail sandbox: every mail lands in the outbox table, readable by staff in the admin
 * screen. Like a real server it refuses some addresses on purpose: any address at
 * {@code bounce.invalid} fails delivery, so failure paths can be tried from the UI.
 */
@ApplicationScoped
@Typed(SandboxMailSender.class)
public class SandboxMailSender implements MailSender {

    static final String FAILING_DOMAIN = "@bounce.invalid";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A refused mail is reported to the caller, who decides; it does not doom the caller's transaction. */
    @Override
    @Transactional(dontRollbackOn = BizbillException.class)
    public void send(MailMessage message) {
        if (message.to().toLowerCase().endsWith(FAILING_DOMAIN)) {
            throw new BizbillException(ErrorCode.MAIL_DELIVERY_FAILED, "sandbox: mailbox unavailable " + message.to());
        }
        // the outbox keeps the text and names the attachments (their bytes are not kept)
        String body = message.attachments().isEmpty() ? message.body() : message.body() + "\n\n[첨부] "
                + String.join(", ", message.attachments().stream()
                .map(a -> a.fileName() + " (" + a.content().length + " bytes)").toList());
        em.persist(new OutboxMail(message.to(), message.subject(), body, clock.instant()));
    }
}
