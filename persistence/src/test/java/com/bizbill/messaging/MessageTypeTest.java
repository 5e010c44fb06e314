package com.bizbill.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15 §4: each message type knows its byte limit, counted as the Korean carriers count. */
class MessageTypeTest {

    @Test
    void issue15_4_byteLimitsPerType() {
        assertThat(MessageType.SMS.maxBytes()).isEqualTo(90);
        assertThat(MessageType.LMS.maxBytes()).isEqualTo(2000);
        assertThat(MessageType.ALIMTALK.maxBytes()).isEqualTo(2000);
    }

    @Test
    void issue15_4_hangulCountsTwoBytesAsciiOne() {
        assertThat(MessageType.byteLength("abc")).isEqualTo(3);
        assertThat(MessageType.byteLength("인증번호 123")).isEqualTo(12);
    }

    @Test
    void issue15_4_textsFitUpToTheLimitAndNotBeyond() {
        assertThat(MessageType.SMS.fits("a".repeat(90))).isTrue();
        assertThat(MessageType.SMS.fits("a".repeat(91))).isFalse();
        assertThat(MessageType.SMS.fits("가".repeat(45))).isTrue();
        assertThat(MessageType.SMS.fits("가".repeat(45) + "a")).isFalse();
        assertThat(MessageType.LMS.fits("가".repeat(1000))).isTrue();
        assertThat(MessageType.LMS.fits("가".repeat(1000) + "a")).isFalse();
        assertThat(MessageType.ALIMTALK.fits("a".repeat(2000))).isTrue();
        assertThat(MessageType.ALIMTALK.fits("a".repeat(2001))).isFalse();
    }

    @Test
    void issue15_4_aTextGoesAsSmsWhileItFitsOtherwiseAsLms() {
        assertThat(MessageType.textFor("가".repeat(45))).isEqualTo(MessageType.SMS);
        assertThat(MessageType.textFor("가".repeat(45) + "a")).isEqualTo(MessageType.LMS);
    }

    @Test
    void issue21_3_mmsIsTheOperatorsOwnAndNoStoreType() {
        // NB-PRICE-1 prices Alimtalk, SMS and LMS for stores; MMS is only the coupon message's fallback (CB-ORD-9)
        assertThat(MessageType.storeTypes()).containsExactly(MessageType.ALIMTALK, MessageType.SMS, MessageType.LMS);
        assertThat(MessageType.MMS.isStoreType()).isFalse();
        assertThat(MessageType.MMS.fits("가".repeat(1000))).isTrue();
        assertThat(MessageType.MMS.fits("가".repeat(1000) + "a")).isFalse();
    }
}
