package com.bizbill.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real mail adapter against a real SMTP server (GreenMail) on loopback. */
class SmtpMailSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private SmtpMailSender sender(int port) {
        return new SmtpMailSender(new SmtpSettings("127.0.0.1", port, "billing@bizbill.example", null, null, false,
                5_000));
    }

    @Test
    void deliversKoreanSubjectAndBodyIntact() throws Exception {
        sender(SMTP.getSmtp().getPort()).send(new MailMessage("customer@example.com", "[Bizbill] 11월 청구서 안내",
                "안녕하세요. 11월 청구 금액은 110,000원(부가세 포함)입니다."));

        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("[Bizbill] 11월 청구서 안내");
        assertThat(received.getFrom()[0].toString()).isEqualTo("billing@bizbill.example");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("customer@example.com");
        assertThat(GreenMailUtil.getBody(received)).isNotBlank();
        assertThat(received.getContent().toString()).contains("110,000원");
    }

    @Test
    void anInvoicePdfArrivesAsANamedAttachment() throws Exception {
        byte[] pdf = "%PDF-1.4 demo".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        sender(SMTP.getSmtp().getPort()).send(new MailMessage("customer@example.com", "[Bizbill] 청구서", "첨부를 확인하세요.",
                java.util.List.of(new MailMessage.Attachment("청구서-INV-1.pdf", "application/pdf", pdf))));
        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("첨부를 확인하세요.");
        jakarta.mail.BodyPart file = parts.getBodyPart(1);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(file.getFileName())).isEqualTo("청구서-INV-1.pdf");
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void anUnreachableServerIsADeliveryFailureNotASilentLoss() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        SmtpMailSender down = sender(closedPort);
        assertThatThrownBy(() -> down.send(new MailMessage("customer@example.com", "x", "y")))
                .isInstanceOf(BizbillException.class)
                .satisfies(e -> assertThat(((BizbillException) e).getCode()).isEqualTo(ErrorCode.MAIL_DELIVERY_FAILED));
    }

    @Test
    void invalidMessagesNeverReachTheAdapter() {
        assertThatThrownBy(() -> new MailMessage("no-at-sign", "", null))
                .isInstanceOf(BizbillException.class)
                .satisfies(e -> assertThat(((BizbillException) e).getFieldErrors())
                        .extracting(BizbillException.FieldError::field).containsExactly("to", "subject", "body"));
    }
}
