package com.bizbill.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule CB-MEM-2: format ###-##-##### and the official check digit. */
class BusinessNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"220-81-62517", "124-81-00998", "104-81-34136", "123-45-67891"})
    void validNumbersPass(String n) {
        assertThat(BusinessNumber.check(n)).isEmpty();
        assertThat(BusinessNumber.parse(n).formatted()).isEqualTo(n);
        assertThat(BusinessNumber.parse(n).digits()).hasSize(10).doesNotContain("-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2208162517", "220-8162517", "220-81-6251", "22O-81-62517", "", " "})
    void badFormatIsAFormatProblem(String n) {
        assertThat(BusinessNumber.check(n)).contains(BusinessNumber.Problem.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"220-81-62518", "124-81-00990", "123-45-67890"})
    void wrongCheckDigitIsRefused(String n) {
        assertThat(BusinessNumber.check(n)).contains(BusinessNumber.Problem.CHECK_DIGIT);
        assertThatThrownBy(() -> BusinessNumber.parse(n)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkDigitIncludesTheCarryOfTheNinthDigitTimesFive() {
        // 1*1+2*3+3*7+4*1+5*3+6*7+7*1+8*3+9*5 = 165, + floor(9*5/10) = 4 -> 169 -> (10 - 9) % 10 = 1
        assertThat(BusinessNumber.checkDigitOf("123456789")).isEqualTo(1);
    }

    @Test
    void nullIsAFormatProblem() {
        assertThat(BusinessNumber.check(null)).contains(BusinessNumber.Problem.FORMAT);
    }
}
