package com.bizbill.billing;

import com.bizbill.billing.taxinvoice.TaxInvoiceGateway;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * BP-PAY-2 at the end of the billing month: an invoice of a card payer that is still unpaid gets a tax
 * invoice, and from then on only a bank transfer pays it. Idempotent: an invoice that has its tax invoice
 * is never sent again, and the e-tax service answers a repeat with the first number.
 */
@Stateless
public class TaxInvoices {

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxInvoiceGateway gateway;

    @Inject
    Clock clock;

    /**
     * Card payers' invoices of {@code month} that are unpaid and have no tax invoice yet, a page at a time in id order
     * after {@code afterId} (the job's chunk step reads them so).
     */
    public List<Long> due(YearMonth month, Long afterId, int max) {
        return em.createQuery("select i.id from Invoice i, BillingAccount b where b.id = i.billingAccountId "
                        + "and b.paymentMethod in :card and i.billingMonth = :m and i.status <> :paid "
                        + "and i.taxInvoiceNumber is null and i.id > :after order by i.id", Long.class)
                .setParameter("card", List.of(PaymentMethod.CARD_AUTO, PaymentMethod.CARD_IMMEDIATE))
                .setParameter("m", month.toString()).setParameter("paid", InvoiceStatus.PAID)
                .setParameter("after", afterId == null ? 0L : afterId).setMaxResults(max).getResultList();
    }

    /**
     * Issues the tax invoice of one invoice in a transaction of its own (never the job chunk's: a refusal rolls back
     * this invoice only); returns false when nothing was to do.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public boolean issue(long invoiceId) {
        Invoice inv = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (inv == null || inv.getTaxInvoiceNumber() != null || inv.getStatus() == InvoiceStatus.PAID
                || !YearMonth.now(clock).isAfter(inv.billingMonth())) {
            return false;
        }
        BillingAccount account = em.find(BillingAccount.class, inv.getBillingAccountId());
        // a failing issue (refusal, unknown outcome) throws and rolls this transaction back (BizbillException is a
        // rollback application exception): the invoice stays untaxed; a later run resends it under the same number
        String number = gateway.issue(new TaxInvoiceGateway.TaxInvoiceRequest(inv.getNumber(), account.getName(),
                account.getOrganisation().getBusinessNumber(), inv.getSupply(), inv.getVat(),
                inv.billingMonth().atEndOfMonth()));
        inv.taxInvoiceIssued(number, clock.instant());
        return true;
    }
}
