package com.bizbill.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BP-INV-2 checks of an invoice as sent, with the numbers-at-the-boundary rule of issue 13. */
class InvoiceDataTest {

    private static InvoiceData invoice(long supply, long vat, long total, long... lines) {
        List<InvoiceLine> l = java.util.Arrays.stream(lines).mapToObj(a -> new InvoiceLine("회선", "2026-11", a)).toList();
        return new InvoiceData(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 30),
                supply, vat, total, l);
    }

    @Test
    void aConsistentInvoiceHasNoProblems() {
        assertEquals(List.of(), invoice(60_000, 6_000, 66_000, 50_000, 10_000).problems(10_000_000_000L));
    }

    @Test
    void aSupplyNearTheLargestLongIsRefusedInsteadOfOverflowing() {
        // issue 13: such an invoice answered 500 (the VAT and total sums overflowed) after earlier ones committed
        long huge = Long.MAX_VALUE - 5;
        assertEquals(List.of("lines", "supply"), invoice(huge, huge / 10, huge, huge).problems(10_000_000_000L));
        // lines that wrap around when added up are refused, not summed
        assertTrue(invoice(10, 1, 11, Long.MAX_VALUE, Long.MAX_VALUE, 12).problems().contains("lines"));
    }

    @Test
    void theBusinessMaximumOfOneInvoiceIsEnforced() {
        assertEquals(List.of(), invoice(9_000_000_000L, 900_000_000L, 9_900_000_000L, 9_000_000_000L)
                .problems(10_000_000_000L));
        assertEquals(List.of("lines", "supply"), invoice(10_000_000_001L, 1_000_000_000L, 11_000_000_001L, 10_000_000_001L)
                .problems(10_000_000_000L));
        assertEquals(List.of("total"), invoice(9_500_000_000L, 950_000_000L, 10_450_000_000L, 9_500_000_000L)
                .problems(10_000_000_000L));
    }
}
