package com.bizbill.shared.mail;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** The real mail adapter: SMTP through Jakarta Mail, UTF-8 so Korean subjects and bodies arrive intact. */
public class SmtpMailSender implements MailSender {

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailSender(SmtpSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        p.put("mail.smtp.connectiontimeout", String.valueOf(settings.timeoutMillis()));
        p.put("mail.smtp.timeout", String.valueOf(settings.timeoutMillis()));
        p.put("mail.smtp.writetimeout", String.valueOf(settings.timeoutMillis()));
        p.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        boolean auth = settings.username() != null && !settings.username().isBlank();
        p.put("mail.smtp.auth", String.valueOf(auth));
        this.session = Session.getInstance(p, auth ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password());
            }
        } : null);
    }

    @Override
    public void send(MailMessage message) {
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(settings.from()));
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            if (message.attachments().isEmpty()) {
                mime.setText(message.body(), StandardCharsets.UTF_8.name());
            } else {
                jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart();
                jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
                text.setText(message.body(), StandardCharsets.UTF_8.name());
                parts.addBodyPart(text);
                for (MailMessage.Attachment a : message.attachments()) {
                    jakarta.mail.internet.MimeBodyPart file = new jakarta.mail.internet.MimeBodyPart();
                    file.setDataHandler(new jakarta.activation.DataHandler(
                            new jakarta.mail.util.ByteArrayDataSource(a.content(), a.contentType())));
                    file.setFileName(jakarta.mail.internet.MimeUtility.encodeText(a.fileName(),
                            StandardCharsets.UTF_8.name(), "B"));
                    parts.addBodyPart(file);
                }
                mime.setContent(parts);
            }
            mime.setSentDate(new Date());
            Transport.send(mime);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new BizbillException(ErrorCode.MAIL_DELIVERY_FAILED,
                    "SMTP delivery to " + message.to() + " failed: " + e.getMessage(), e);
        }
    }
}
