package com.bizbill.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BP-INV-2, issue 16 §3: a re-sent invoice is "the same" only when its lines are the same, in their order. */
class InvoiceReimportTest {

    private static InvoiceData data(InvoiceLine... lines) {
        long supply = java.util.Arrays.stream(lines).mapToLong(InvoiceLine::getSupplyAmount).sum();
        return new InvoiceData(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 30),
                supply, supply / 10, supply + supply / 10, List.of(lines));
    }

    private static final InvoiceLine HOSTING = new InvoiceLine("호스팅", "2026-11", 60_000);
    private static final InvoiceLine DOMAIN = new InvoiceLine("도메인", "2026-11", 40_000);

    private static Invoice invoice() {
        return new Invoice(1, "INV-1", data(HOSTING, DOMAIN), Instant.EPOCH);
    }

    @Test
    void bpInv2TheSameLinesInTheSameOrderAreTheSameInvoice() {
        assertThat(invoice().sameAs(data(new InvoiceLine("호스팅", "2026-11", 60_000),
                new InvoiceLine("도메인", "2026-11", 40_000)))).isTrue();
    }

    @Test
    void bpInv2OtherLinesWithTheSameTotalsAreAChange() {
        Invoice inv = invoice();
        // the same count and the same totals: the old check answered UNCHANGED to each of these
        assertThat(inv.sameAs(data(new InvoiceLine("호스팅 (변경)", "2026-11", 60_000), DOMAIN))).as("description")
                .isFalse();
        assertThat(inv.sameAs(data(new InvoiceLine("호스팅", "2026-11", 50_000),
                new InvoiceLine("도메인", "2026-11", 50_000)))).as("amounts").isFalse();
        assertThat(inv.sameAs(data(DOMAIN, HOSTING))).as("order").isFalse();
        assertThat(inv.sameAs(data(new InvoiceLine("호스팅", "2026-10", 60_000), DOMAIN))).as("usage period")
                .isFalse();
        assertThat(inv.sameAs(data(new InvoiceLine("호스팅", "2026-11", 100_000)))).as("fewer lines").isFalse();
    }

    @Test
    void bpInv2AnUpdateStoresTheNewLines() {
        Invoice inv = invoice();
        InvoiceData resent = data(DOMAIN, HOSTING);
        assertThat(inv.update(resent, Instant.EPOCH)).isTrue();
        assertThat(inv.getLines()).map(InvoiceLine::toString).containsExactly(DOMAIN.toString(), HOSTING.toString());
        assertThat(inv.sameAs(resent)).isTrue();
    }
}
