package com.bizbill.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15 §4: a phone number (what a message gateway takes, a store's main phone included). */
class PhoneNumberTest {

    @ParameterizedTest(name = "issue15_4 accepts \"{0}\" as {1}, shown {2}")
    @CsvSource({
            "02-123-4567, 021234567, 02-123-4567",
            "0212345678, 0212345678, 02-1234-5678",
            "+82 2-1234-5678, 0212345678, 02-1234-5678",
            "031-123-4567, 0311234567, 031-123-4567",
            "064 1234 5678, 06412345678, 064-1234-5678",
            "070-1234-5678, 07012345678, 070-1234-5678",
            "010-1234-5678, 01012345678, 010-1234-5678",
    })
    void issue15_4_acceptedForms(String text, String digits, String display) {
        PhoneNumber p = PhoneNumber.parse(text);
        assertThat(p.digits()).isEqualTo(digits);
        assertThat(p.display()).isEqualTo(display);
    }

    @ParameterizedTest(name = "issue15_4 refuses \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "phone", "02-123-456", "02-12345-67890", "031-12-3456", "0012345678",
            "2-1234-5678", "010-1234-56789", "02/1234/5678"})
    void issue15_4_refused(String text) {
        assertThat(PhoneNumber.of(text)).isEmpty();
        assertThatThrownBy(() -> PhoneNumber.parse(text)).isInstanceOf(PhoneNumber.InvalidPhoneNumber.class)
                .satisfies(e -> assertThat(((PhoneNumber.InvalidPhoneNumber) e).key()).isEqualTo("field.phone"));
    }
}
