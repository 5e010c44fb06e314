package com.bizbill.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The single VAT rule of design.md "Money and time". */
class VatTest {

    @ParameterizedTest(name = "supply {0} -> vat {1}, total {2}")
    @CsvSource({
            "0, 0, 0",
            "8, 0, 8",            // NB-PRICE-1 Alimtalk unit: VAT floors to 0 on one message
            "10, 1, 11",
            "19, 1, 20",          // floor, not round: 1.9 -> 1
            "25, 2, 27",
            "100000, 10000, 110000",
            "123456789, 12345678, 135802467"
    })
    void vatFromSupplyIsFloorOfATenth(long supply, long vat, long total) {
        Vat.Breakdown b = Vat.fromSupply(Money.won(supply));
        assertThat(b.supply().won()).isEqualTo(supply);
        assertThat(b.vat().won()).isEqualTo(vat);
        assertThat(b.total().won()).isEqualTo(total);
    }

    @ParameterizedTest(name = "total {0} -> supply {1}, vat {2}")
    @CsvSource({
            "0, 0, 0",
            "11, 10, 1",
            "110000, 100000, 10000",
            "1000, 909, 91",      // 909.09 -> 909
            "1006, 915, 91",      // 914.545 -> 915 (half up)
            "10005, 9095, 910",   // 9095.45 -> 9095
            "17, 15, 2"           // 15.45 -> 15
    })
    void supplyFromTotalRoundsHalfUp(long total, long supply, long vat) {
        Vat.Breakdown b = Vat.fromTotal(Money.won(total));
        assertThat(b.supply().won()).isEqualTo(supply);
        assertThat(b.vat().won()).isEqualTo(vat);
        assertThat(b.supply().plus(b.vat())).isEqualTo(b.total());
    }

    @Test
    void totalSplitAlwaysAddsUp() {
        for (long total = 0; total < 5_000; total++) {
            Vat.Breakdown b = Vat.fromTotal(Money.won(total));
            assertThat(b.supply().won() + b.vat().won()).isEqualTo(total);
            assertThat(b.vat().won()).isNotNegative();
        }
    }

    @Test
    void halfUpAtExactHalf() {
        // 11 * 10 / 11 is exact; find a total whose supply is exactly x.5: total*10 % 11 == 5.5 impossible,
        // so check the rounding helper directly for the tie case.
        assertThat(Rounding.halfUp(5, 2)).isEqualTo(3);
        assertThat(Rounding.halfUp(-5, 2)).isEqualTo(-3);
        assertThat(Rounding.halfUp(4, 3)).isEqualTo(1);
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatThrownBy(() -> Vat.fromSupply(Money.won(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Vat.fromTotal(Money.won(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
