package com.bizbill.shared.mail;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain-text mail to one recipient, with optional attachments (an invoice PDF, say). Checked when
 * built, so no adapter ever sees a bad address.
 */
public record MailMessage(String to, String subject, String body, List<Attachment> attachments) {

    public MailMessage(String to, String subject, String body) {
        this(to, subject, body, List.of());
    }

    /** A file sent with the mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    public MailMessage {
        List<BizbillException.FieldError> errors = new ArrayList<>();
        if (to == null || to.length() > 320 || !ADDRESS.matcher(to).matches()) {
            errors.add(new BizbillException.FieldError("to", "field.email"));
        }
        if (subject == null || subject.isBlank() || subject.length() > 300) {
            errors.add(new BizbillException.FieldError("subject", "field.lengthRange", List.of(1, 300)));
        }
        if (body == null) {
            errors.add(new BizbillException.FieldError("body", "field.required"));
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (!errors.isEmpty()) {
            throw new BizbillException(ErrorCode.MAIL_INVALID, "invalid mail", errors);
        }
    }
}
