package com.bizbill.shared.mail;

/** Where and how the SMTP adapter delivers: from MicroProfile Config {@code bizbill.mail.smtp.*}. */
public record SmtpSettings(String host, int port, String from, String username, String password, boolean startTls,
                           int timeoutMillis) {
}
