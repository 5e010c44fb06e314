package com.bizbill.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers at the boundary (issue 13): whole and in range, or refused; never a different number. */
class WholeNumbersTest {

    private static WholeNumbers.Reason refusal(String text, long min, long max) {
        return assertThrows(WholeNumbers.Refused.class, () -> WholeNumbers.parse(text, min, max)).reason();
    }

    private static WholeNumbers.Reason refusalOf(String json, long min, long max) {
        return assertThrows(WholeNumbers.Refused.class, () -> WholeNumbers.exact(new BigDecimal(json), min, max))
                .reason();
    }

    @Test
    void typedAmountsWithSeparatorsAndWonAreRead() {
        assertEquals(12_000, WholeNumbers.parse("12,000", 0, 100_000));
        assertEquals(12_000, WholeNumbers.parse(" 12000원 ", 0, 100_000));
        assertEquals(1_000, WholeNumbers.parse("1000.00", 0, 100_000));
        assertEquals(-5, WholeNumbers.parse("-5", -10, 10));
    }

    @Test
    void aFractionIsRefusedNotTruncated() {
        assertEquals(WholeNumbers.Reason.NOT_WHOLE, refusal("1000.7", 0, Long.MAX_VALUE));
        assertEquals(WholeNumbers.Reason.NOT_WHOLE, refusalOf("1000.7", 0, Long.MAX_VALUE));
        assertEquals(WholeNumbers.Reason.NOT_WHOLE, refusalOf("1e-400000000", 0, Long.MAX_VALUE));
    }

    @Test
    void valuesBeyondLongAreRefusedNotWrapped() {
        // the reproductions of issue 13: 18446744073709552616 charged 1,000 won, 1e30 charged 5,076,944,270,305,263,616
        assertEquals(WholeNumbers.Reason.OUT_OF_RANGE, refusalOf("18446744073709552616", 0, Long.MAX_VALUE));
        assertEquals(WholeNumbers.Reason.OUT_OF_RANGE, refusalOf("1e30", 0, Long.MAX_VALUE));
        assertEquals(WholeNumbers.Reason.OUT_OF_RANGE, refusalOf("1e400000000", 0, Long.MAX_VALUE));
        assertEquals(WholeNumbers.Reason.OUT_OF_RANGE, refusal("9223372036854775808", 0, Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, WholeNumbers.exact(new BigDecimal("9223372036854775807"), 0, Long.MAX_VALUE));
    }

    @Test
    void theBusinessRangeIsEnforced() {
        assertEquals(WholeNumbers.Reason.OUT_OF_RANGE, refusal("100000001", 1_000, 100_000_000));
        assertEquals(WholeNumbers.Reason.OUT_OF_RANGE, refusal("999", 1_000, 100_000_000));
        assertEquals(100_000_000, WholeNumbers.parse("100,000,000", 1_000, 100_000_000));
    }

    @Test
    void textThatIsNotAPlainNumberIsRefused() {
        for (String bad : new String[] {"", " ", "abc", "1e3", "0x10", "1 000", "--1", "12.", ".5", "NaN", "Infinity",
                "1".repeat(41), null}) {
            assertEquals(WholeNumbers.Reason.NOT_A_NUMBER, refusal(bad, 0, Long.MAX_VALUE), String.valueOf(bad));
        }
    }

    @Test
    void theCeilingGuardsEntitiesAndTheLedger() {
        assertEquals(WholeNumbers.MONEY_CEILING, WholeNumbers.withinCeiling(WholeNumbers.MONEY_CEILING));
        assertThrows(IllegalArgumentException.class, () -> WholeNumbers.withinCeiling(WholeNumbers.MONEY_CEILING + 1));
        assertThrows(IllegalArgumentException.class, () -> WholeNumbers.withinCeiling(Long.MIN_VALUE));
        // nine thousand amounts at the ceiling still add up inside a long
        assertEquals(true, Long.MAX_VALUE / WholeNumbers.MONEY_CEILING >= 9_000);
    }
}
