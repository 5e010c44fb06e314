package com.bizbill.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void arithmeticIsExactInWholeWon() {
        Money a = Money.won(10_000);
        assertThat(a.plus(Money.won(1)).won()).isEqualTo(10_001);
        assertThat(a.minus(Money.won(10_001)).won()).isEqualTo(-1);
        assertThat(a.negate().won()).isEqualTo(-10_000);
        assertThat(a.times(3).won()).isEqualTo(30_000);
        assertThat(Money.won(0)).isSameAs(Money.ZERO);
        assertThat(Money.won(5)).isEqualTo(Money.won(5)).hasSameHashCodeAs(Money.won(5));
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        assertThatThrownBy(() -> Money.won(Long.MAX_VALUE).plus(Money.won(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.won(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void fractionRoundsHalfUpToAWon() {
        // 10 % fee of 15,005 won = 1,500.5 -> 1,501 (design.md: fees round half up)
        assertThat(Money.won(15_005).fraction(10, 100).won()).isEqualTo(1_501);
        assertThat(Money.won(15_004).fraction(10, 100).won()).isEqualTo(1_500);
    }

    @Test
    void formatsForKoreanAndEnglish() {
        assertThat(Money.won(1_234_567).format(Locale.KOREAN)).isEqualTo("1,234,567원");
        assertThat(Money.won(1_234_567).format(Locale.ENGLISH)).isEqualTo("₩1,234,567");
    }

    @Test
    void comparesByAmount() {
        assertThat(Money.won(2).isGreaterThan(Money.won(1))).isTrue();
        assertThat(Money.won(-1).isNegative()).isTrue();
        assertThat(Money.won(1).compareTo(Money.won(2))).isNegative();
    }
}
