package com.bizbill.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15 §4: one reading of a mobile number, stored as digits, shown with dashes, masked on pages. */
class MobileNumberTest {

    @ParameterizedTest(name = "issue15_4 accepts \"{0}\" as {1}")
    @CsvSource(delimiter = '|', value = {
            "01012345678       | 01012345678",
            "010-1234-5678     | 01012345678",
            "010 1234 5678     | 01012345678",
            "' 010-1234-5678 ' | 01012345678",
            "010 - 1234 - 5678 | 01012345678",
            "+82 10-1234-5678  | 01012345678",
            "+82-10-1234-5678  | 01012345678",
            "+821012345678     | 01012345678",
            "+82 010-1234-5678 | 01012345678",
            "0111234567        | 0111234567",
            "011-123-4567      | 0111234567",
            "016-1234-5678     | 01612345678",
            "017-123-4567      | 0171234567",
            "018-1234-5678     | 01812345678",
            "019-123-4567      | 0191234567",
            "01000000000       | 01000000000",
    })
    void issue15_4_acceptedFormsHaveOneCanonicalForm(String text, String digits) {
        assertThat(MobileNumber.of(text)).map(MobileNumber::digits).contains(digits);
        assertThat(MobileNumber.isValid(text)).isTrue();
        assertThat(MobileNumber.parse(text)).isEqualTo(MobileNumber.parse(digits));
    }

    @ParameterizedTest(name = "issue15_4 refuses \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "abc", "010-abcd-5678", "010-1234-567O", "010123456", "010123456789",
            "0101234567890", "02-1234-5678", "0212345678", "031-123-4567", "070-1234-5678", "012-1234-5678",
            "015-1234-5678", "1012345678", "+1 010-1234-5678", "82 10-1234-5678", "010.1234.5678",
            "(010) 1234-5678", "010_1234_5678", "+82", "--", "0１0-1234-5678"})
    void issue15_4_refusesWhatIsNotAMobileNumber(String text) {
        assertThat(MobileNumber.of(text)).isEmpty();
        assertThat(MobileNumber.isValid(text)).isFalse();
        assertThatThrownBy(() -> MobileNumber.parse(text)).isInstanceOf(PhoneNumber.InvalidPhoneNumber.class)
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(((PhoneNumber.InvalidPhoneNumber) e).key()).isEqualTo("field.mobile"));
    }

    @Test
    void issue15_4_overlongTextIsRefusedWithoutBeingEchoedWhole() {
        String huge = "010" + "1".repeat(1_000_000);
        assertThat(MobileNumber.of(huge)).isEmpty();
        assertThat(MobileNumber.of("0".repeat(20) + "01012345678")).isEmpty();
        assertThat(MobileNumber.of(" ".repeat(40) + "01012345678")).isEmpty();
        assertThatThrownBy(() -> MobileNumber.parse(huge)).hasMessageStartingWith("not a mobile number: ")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(100));
    }

    @ParameterizedTest(name = "issue15_4 shows {0} as {1}, masked {2}")
    @CsvSource({
            "01012345678, 010-1234-5678, 010-****-5678",
            "+82 10 8765 4321, 010-8765-4321, 010-****-4321",
            "0111234567, 011-123-4567, 011-****-4567",
    })
    void issue15_4_displayAndMask(String text, String display, String masked) {
        MobileNumber n = MobileNumber.parse(text);
        assertThat(n.display()).isEqualTo(display);
        assertThat(n.toString()).isEqualTo(display);
        assertThat(n.masked()).isEqualTo(masked);
        assertThat(MobileNumber.mask(text)).isEqualTo(masked);
    }

    @Test
    void issue15_4_maskOfWhatIsNotAMobileNumberHidesIt() {
        assertThat(MobileNumber.mask(null)).isEqualTo("***");
        assertThat(MobileNumber.mask("12")).isEqualTo("***");
        assertThat(MobileNumber.mask("0212345678")).isEqualTo("***");
    }

    @Test
    void issue15_4_aMobileNumberIsAPhoneNumber() {
        MobileNumber m = MobileNumber.parse("010-1234-5678");
        assertThat(m.asPhoneNumber().digits()).isEqualTo("01012345678");
        assertThat(m.asPhoneNumber().isMobile()).isTrue();
        assertThat(PhoneNumber.parse("02-1234-5678").isMobile()).isFalse();
    }
}
