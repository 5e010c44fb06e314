package com.bizbill.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.shared.error.BizbillException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15 §4 (words from the bundle since issue 15 §2, so this lives beside it in web): a store's message is checked with the one mobile number reading and the types' own limits. */
class MessageSendingCheckTest {

    private static List<String> errors(MessageType type, String to, String text) {
        return MessageSending.check(new MessageSending.SendRequest(type, to, text, "T1", false), "")
                .stream().map(e -> e.field() + ": " + com.bizbill.shared.web.FieldMessages.words(java.util.Locale.ENGLISH, e))
                .toList();
    }

    @Test
    void issue15_4_everyWrittenFormOfAMobileNumberIsAccepted() {
        for (String to : List.of("01012345678", "010-1234-5678", "010 1234 5678", "+82 10-1234-5678", "011-123-4567")) {
            assertThat(errors(MessageType.SMS, to, "hi")).as(to).isEmpty();
        }
    }

    @Test
    void issue15_4_aLandlineOrGarbageIsNotARecipientOfAStoreMessage() {
        for (String to : new String[] {null, "", "12", "02-1234-5678", "010-abcd-5678", "0".repeat(500)}) {
            assertThat(errors(MessageType.SMS, to, "hi")).as(String.valueOf(to))
                    .containsExactly("to: a mobile number such as 010-1234-5678");
        }
    }

    @Test
    void issue15_4_textLimitsAreTheMessageTypes() {
        assertThat(errors(MessageType.SMS, "01012345678", "가".repeat(45))).isEmpty();
        assertThat(errors(MessageType.SMS, "01012345678", "가".repeat(45) + "a"))
                .containsExactly("text: an SMS is at most 90 bytes; send it as LMS");
        assertThat(errors(MessageType.LMS, "01012345678", "a".repeat(2000))).isEmpty();
        assertThat(errors(MessageType.LMS, "01012345678", "a".repeat(2001))).containsExactly("text: at most 2,000 bytes");
        assertThat(errors(MessageType.ALIMTALK, "01012345678", "a".repeat(2001)))
                .containsExactly("text: at most 2,000 bytes");
        assertThat(errors(MessageType.SMS, "01012345678", "a".repeat(2001))).containsExactly("text: at most 2,000 bytes");
    }

    @Test
    void issue15_4_fieldErrorsAreNamedWithinABatch() {
        assertThat(MessageSending.check(new MessageSending.SendRequest(MessageType.SMS, "x", "hi", null, false),
                "messages[3].")).extracting(BizbillException.FieldError::field).containsExactly("messages[3].to");
    }

    @Test
    void issue21_3_aStoreCannotSendAnMms() {
        // MMS is the operator's coupon fallback: no price for stores (NB-PRICE-1), so the store API refuses it
        assertThat(errors(MessageType.MMS, "01012345678", "hi")).containsExactly("type: one of ALIMTALK, SMS, LMS");
    }
}
