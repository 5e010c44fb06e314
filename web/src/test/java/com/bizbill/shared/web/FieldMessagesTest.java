package com.bizbill.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.shared.api.ApiLanguage;
import com.bizbill.shared.error.BizbillException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 15 §2: a field error is a key with arguments, resolved to words in the caller's language. */
class FieldMessagesTest {

    private static final String KEY_SHAPE = "^[a-z]+(\\.[a-zA-Z]+)+$";

    @Test
    void issue15_2_aKeyWithArgumentsBecomesWordsInEnglishAndKorean() {
        var f = new BizbillException.FieldError("subject", "field.lengthRange", List.of(1, 300));
        assertThat(FieldMessages.words(Locale.ENGLISH, f)).isEqualTo("1 to 300 characters");
        assertThat(FieldMessages.words(Locale.KOREAN, f)).isEqualTo("1~300자로 입력하세요.");
        var charge = new BizbillException.FieldError("amount", "wallet.charge.minimum");
        assertThat(FieldMessages.words(Locale.KOREAN, charge)).isEqualTo("충전 금액은 1,000원 이상이어야 합니다.");
        assertThat(FieldMessages.words(Locale.ENGLISH, charge)).doesNotMatch(KEY_SHAPE).doesNotContain("??");
    }

    @Test
    void issue15_2_numbersAreFormattedForReading() {
        var f = new BizbillException.FieldError("text", "field.textBytesFor", List.of("SMS", 90));
        assertThat(FieldMessages.words(Locale.ENGLISH, f)).isEqualTo("an SMS is at most 90 bytes; send it as LMS");
        assertThat(FieldMessages.words(Locale.ENGLISH,
                new BizbillException.FieldError("text", "field.textBytes", List.of(2000)))).isEqualTo("at most 2,000 bytes");
    }

    @Test
    void issue15_2_anUnknownKeyOrEnglishWordsBecomeASafeGenericSentenceNeverTheKey() {
        for (Locale l : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            String generic = Messages.get(l, FieldMessages.GENERIC);
            assertThat(generic).doesNotStartWith("??");
            assertThat(FieldMessages.words(l, new BizbillException.FieldError("x", "no.such.key"))).isEqualTo(generic);
            assertThat(FieldMessages.words(l, new BizbillException.FieldError("x", "some english words"))).isEqualTo(generic);
            assertThat(FieldMessages.words(l, new BizbillException.FieldError("x", null))).isEqualTo(generic);
        }
    }

    @Test
    void issue15_2_beanValidationSizeReadsWithOrWithoutAMinimum() {
        assertThat(FieldMessages.words(Locale.ENGLISH, "field.constraint.Size", 0, 4000)).isEqualTo("at most 4,000 characters");
        assertThat(FieldMessages.words(Locale.ENGLISH, "field.constraint.Size", 2, 30)).isEqualTo("2 to 30 characters");
        assertThat(FieldMessages.words(Locale.KOREAN, "field.constraint.Size", 0, 100)).isEqualTo("최대 100자까지입니다.");
    }

    @Test
    void issue15_2_theApiSpeaksKoreanOnlyWhenAskedAndEnglishOtherwise() {
        assertThat(ApiLanguage.of(List.of(Locale.forLanguageTag("ko-KR")))).isEqualTo(Locale.KOREAN);
        assertThat(ApiLanguage.of(List.of(Locale.FRENCH, Locale.KOREAN))).isEqualTo(Locale.KOREAN);
        assertThat(ApiLanguage.of(List.of(Locale.forLanguageTag("en-GB"), Locale.KOREAN))).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of(List.of(Locale.forLanguageTag("*")))).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of(List.<Locale>of())).isEqualTo(Locale.ENGLISH);
    }
}
