package com.bizbill.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizbill.billing.BillingAccount;
import com.bizbill.billing.CardService;
import com.bizbill.billing.Invoice;
import com.bizbill.billing.InvoiceData;
import com.bizbill.billing.InvoiceLine;
import com.bizbill.billing.InvoicePayments;
import com.bizbill.billing.InvoiceService;
import com.bizbill.billing.InvoiceStatus;
import com.bizbill.billing.PaymentMethod;
import com.bizbill.billing.PaymentStatus;
import com.bizbill.billing.Payments;
import com.bizbill.billing.gateway.SandboxPaymentGateway;
import com.bizbill.identity.IdentityService;
import com.bizbill.identity.Member;
import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.Role;
import com.bizbill.ledger.LedgerService;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.time.DemoClockService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container tests of the billing portal's money paths: the idempotent invoice import (BP-INV-2),
 * the automatic card charge of the 20th and the last day (BP-PAY-3), pay-now (BP-PAY-5) and the
 * billing-month rule for cards (BP-PAY-2). Each test has its own customer.
 */
@ExtendWith(ArquillianExtension.class)
class BillingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(BillingIT.class, Deployments.class);
    }

    @Inject
    InvoiceService invoices;

    @Inject
    InvoicePayments invoicePayments;

    @Inject
    Payments payments;

    @Inject
    SandboxPaymentGateway sandbox;

    @Inject
    CardService cards;

    @Inject
    IdentityService identity;

    @Inject
    LedgerService ledger;

    @Inject
    com.bizbill.shared.mail.Outbox outbox;

    @Inject
    DemoClockService demoClock;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    /** A new billing-portal customer with a login; returns {billingAccountId, memberId, organisationId}. */
    private long[] customer(PaymentMethod method) throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        Organisation org = identity.createOrganisation("청구 고객 " + u, OrganisationKind.CUSTOMER);
        em.flush();
        Member m = identity.createMember("bill-" + u, "Customer!2345", "고객 " + u, Role.CUSTOMER, org.getId());
        BillingAccount account = new BillingAccount(org, "본사 " + u, method, "bill-" + u + "@example.com", false,
                clock.instant());
        em.persist(account);
        account.attachLogin(m);
        em.flush();
        tx.commit();
        return new long[] {account.getId(), m.getId(), org.getId()};
    }

    private void card(long[] c, String number) {
        String key = CardService.customerKeyOf(c[2]);
        cards.register(c[2], c[1], sandbox.enterCard(number, 12, 2099, false, "900101", key), key, "test");
    }

    private static InvoiceData data(YearMonth month, long supply) {
        return new InvoiceData(month, month.atDay(5), month.atEndOfMonth(), supply, supply / 10, supply + supply / 10,
                List.of(new InvoiceLine("클라우드 서버", month.atDay(1) + "~" + month.atEndOfMonth(), supply)));
    }

    private Invoice invoice(long[] c, String number) {
        return em.createQuery("select i from Invoice i where i.number = :n", Invoice.class).setParameter("n", number)
                .getSingleResult();
    }

    @Test
    void bpInv2TheImportIsIdempotentByInvoiceNumberAndNeverChangesAPaidInvoice() throws Exception {
        long[] c = customer(PaymentMethod.CARD_IMMEDIATE);
        YearMonth month = YearMonth.now(clock);
        String number = "INV-" + UUID.randomUUID();
        assertEquals(InvoiceService.Outcome.CREATED, invoices.importInvoice(c[0], number, data(month, 100_000)).outcome());
        assertEquals(InvoiceService.Outcome.UNCHANGED, invoices.importInvoice(c[0], number, data(month, 100_000)).outcome());
        assertEquals(InvoiceService.Outcome.UPDATED, invoices.importInvoice(c[0], number, data(month, 120_000)).outcome());
        assertEquals(132_000, invoice(c, number).getTotal());
        assertEquals(132_000, ledger.balance("BA:" + c[0] + ":RECEIVABLE").balance(), "the receivable follows the update");

        // BP-INV-1: the PDF carries the Korean text and amounts; "send me this invoice" goes to the contact on file
        Invoice created = invoice(c, number);
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(invoices.pdf(c[0], created.getId()));
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("청구서") && text.contains("132,000원") && text.contains("12,000원")
                && text.contains("클라우드 서버"), text);
        String maskedTo = invoices.mailInvoice(c[0], created.getId());
        assertTrue(maskedTo.startsWith("b***@"), maskedTo);
        var mail = outbox.list(null, 0, 1).items().get(0);
        assertTrue(mail.getRecipient().startsWith("bill-") && mail.getBody().contains("invoice-" + number + ".pdf"),
                mail.getRecipient() + " " + mail.getBody());
        assertThrows(BizbillException.class, () -> invoices.pdf(customer(PaymentMethod.CARD_AUTO)[0], created.getId()),
                "another account's invoice is not found");

        // bad data is rejected field by field, nothing stored
        InvoiceData bad = new InvoiceData(month, month.atDay(5), month.atDay(1), 1_000, 999, 2_000,
                List.of(new InvoiceLine("x", "p", 900)));
        InvoiceService.ImportResult r = invoices.importInvoice(c[0], "INV-BAD-" + UUID.randomUUID(), bad);
        assertEquals(InvoiceService.Outcome.REJECTED, r.outcome());
        assertTrue(r.problems().containsAll(List.of("dueDate", "supply", "vat", "total")), r.problems().toString());

        // once money is paid on it, a re-sent invoice changes nothing and is reported
        card(c, WalletIT.OK_CARD);
        Invoice inv = invoice(c, number);
        invoicePayments.payNow(c[1], List.of(inv.getId()));
        assertEquals(InvoiceService.Outcome.ALREADY_PAID,
                invoices.importInvoice(c[0], number, data(month, 50_000)).outcome());
        assertEquals(132_000, invoice(c, number).getTotal());
        assertEquals(0, ledger.balance("BA:" + c[0] + ":RECEIVABLE").balance());
    }

    @Test
    void bpPay5PayNowPaysEachTickedInvoiceOnceAndOnlyWithinItsBillingMonth() throws Exception {
        long[] c = customer(PaymentMethod.CARD_IMMEDIATE);
        card(c, WalletIT.OK_CARD);
        YearMonth month = YearMonth.now(clock);
        String a = "INV-" + UUID.randomUUID();
        String b = "INV-" + UUID.randomUUID();
        String old = "INV-" + UUID.randomUUID();
        invoices.importInvoice(c[0], a, data(month, 10_000));
        invoices.importInvoice(c[0], b, data(month, 20_000));
        invoices.importInvoice(c[0], old, data(month.minusMonths(1), 30_000));
        List<Long> ids = List.of(invoice(c, a).getId(), invoice(c, b).getId());

        var first = invoicePayments.payNow(c[1], ids);
        assertTrue(first.stream().allMatch(x -> x.status() == PaymentStatus.SUCCEEDED), first.toString());
        var again = invoicePayments.payNow(c[1], ids); // a double click or a reload
        assertTrue(again.stream().allMatch(x -> x.status() == null), again.toString());
        assertEquals(InvoiceStatus.PAID, invoice(c, a).getStatus());
        assertEquals(1, invoices.paymentsOf(invoice(c, a).getId()).size());
        assertEquals(22_000, invoices.paymentsOf(invoice(c, b).getId()).get(0).getAmount());

        // BP-PAY-2: last month's invoice is for bank transfer only now
        BizbillException closed = assertThrows(BizbillException.class,
                () -> invoicePayments.payNow(c[1], List.of(invoice(c, old).getId())));
        assertEquals(ErrorCode.INVOICE_CARD_CLOSED, closed.getCode());

        // a card-auto customer has no pay-now; another account's invoice is not found
        long[] other = customer(PaymentMethod.CARD_AUTO);
        assertEquals(ErrorCode.FORBIDDEN, assertThrows(BizbillException.class,
                () -> invoicePayments.payNow(other[1], ids)).getCode());
    }

    @Test
    void bpPay3AutoChargeOnThe20thAndTheLastDayChargesNobodyTwiceAndReconcilesUnknowns() throws Exception {
        long[] ok = customer(PaymentMethod.CARD_AUTO);
        long[] declined = customer(PaymentMethod.CARD_AUTO);
        long[] lost = customer(PaymentMethod.CARD_AUTO);
        card(ok, WalletIT.OK_CARD);
        card(declined, WalletIT.DECLINE_CARD);
        card(lost, WalletIT.TIMEOUT_CARD);
        LocalDate today = LocalDate.now(clock);
        LocalDate the20th = today.getDayOfMonth() <= 20 ? today.withDayOfMonth(20)
                : YearMonth.from(today).plusMonths(1).atDay(20);
        YearMonth month = YearMonth.from(the20th);
        String nOk = "INV-" + UUID.randomUUID();
        String nDeclined = "INV-" + UUID.randomUUID();
        String nLost = "INV-" + UUID.randomUUID();
        invoices.importInvoice(ok[0], nOk, data(month, 50_000));
        invoices.importInvoice(declined[0], nDeclined, data(month, 60_000));
        invoices.importInvoice(lost[0], nLost, data(month, 70_000));
        demoClock.advance(Duration.between(clock.instant(), the20th.atTime(9, 0).atZone(clock.getZone()).toInstant())
                .plusMinutes(1), "test");
        try {
            long gatewayBefore = sandbox.payments(0, 1).total();
            var first = invoicePayments.autoCharge(the20th);
            assertEquals(1, first.attempt());
            assertEquals(InvoiceStatus.PAID, invoice(ok, nOk).getStatus());
            assertEquals(InvoiceStatus.UNPAID, invoice(declined, nDeclined).getStatus());
            assertEquals(InvoiceStatus.UNPAID, invoice(lost, nLost).getStatus(), "unknown: not booked yet");

            // a second run of the same day charges nobody
            long gatewayAfterFirst = sandbox.payments(0, 1).total();
            assertTrue(gatewayAfterFirst - gatewayBefore >= 3);
            var second = invoicePayments.autoCharge(the20th);
            assertEquals(0, second.charged() + second.failed() + second.unknown(), second.toString());
            assertEquals(gatewayAfterFirst, sandbox.payments(0, 1).total());

            // the unknown one is settled by asking the gateway, not by charging again
            payments.reconcileAll();
            assertEquals(InvoiceStatus.PAID, invoice(lost, nLost).getStatus());
            assertEquals(gatewayAfterFirst, sandbox.payments(0, 1).total());

            // the last day retries what failed; it still declines, and the paid ones are left alone
            LocalDate lastDay = month.atEndOfMonth();
            demoClock.advance(Duration.between(clock.instant(), lastDay.atTime(9, 0).atZone(clock.getZone())
                    .toInstant()), "test");
            var retry = invoicePayments.autoCharge(lastDay);
            assertEquals(2, retry.attempt());
            assertEquals(InvoiceStatus.UNPAID, invoice(declined, nDeclined).getStatus());
            assertEquals(1, invoices.paymentsOf(invoice(ok, nOk).getId()).size());
            assertEquals(1, invoices.paymentsOf(invoice(lost, nLost).getId()).size());
            assertTrue(ledger.check().unbalancedEntryIds().isEmpty());
        } finally {
            demoClock.reset("test");
        }
    }
}
