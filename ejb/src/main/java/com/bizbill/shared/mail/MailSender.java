package com.bizbill.shared.mail;

/**
 * Outside party: mail delivery (design.md "External systems"). Chosen by MicroProfile Config
 * {@code bizbill.mail.adapter}: {@code sandbox} (default, an outbox staff can read) or {@code smtp}.
 */
public interface MailSender {

    /**
     * Sends the message or throws a {@link com.bizbill.shared.error.BizbillException} with
     * {@code MAIL_DELIVERY_FAILED}; never returns without having handed the mail over.
     */
    void send(MailMessage message);
}
