package com.bizbill.billing;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The transactional half of charging invoices by card: opening an attempt under the invoice's row
 * lock, so a double click, a reload or a second run of the day can never open a second charge of
 * the same balance while one is open or done.
 */
@Stateless
public class InvoiceCharges {

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentAttempts attempts;

    @Inject
    Clock clock;

    /**
     * Opens a card attempt for the invoice's balance, or returns empty when there is nothing to do: no
     * balance, an attempt still open (INITIATED/UNKNOWN: reconciliation decides it), or an attempt
     * already made since {@code notBefore} (the same day's run).
     */
    public Optional<PaymentAttempt> open(long invoiceId, Instant notBefore) {
        Invoice inv = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (inv == null || inv.balance() <= 0) {
            return Optional.empty();
        }
        if (!BillingCalendar.cardPayable(inv.billingMonth(), LocalDate.now(clock))) {
            // BP-PAY-2: after the billing month only a bank transfer pays it
            throw new BillingException(ErrorCode.INVOICE_CARD_CLOSED, "invoice " + inv.getNumber()
                    + " of " + inv.getBillingMonth() + " can only be paid by bank transfer now");
        }
        // issue 16 §3: the invoice's attempts by their key, not by a reference string
        var query = em.createQuery("select a from PaymentAttempt a where a.invoiceId = :i and a.purpose = :p "
                        + "and (a.status in :open" + (notBefore == null ? ")" : " or a.createdAt >= :since)"),
                        PaymentAttempt.class)
                .setParameter("i", invoiceId).setParameter("p", InvoiceBookings.PAYMENT_PURPOSE)
                .setParameter("open", List.of(PaymentStatus.INITIATED, PaymentStatus.UNKNOWN));
        if (notBefore != null) {
            query.setParameter("since", notBefore);
        }
        List<PaymentAttempt> earlier = query.getResultList();
        if (!earlier.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(attempts.openInvoiceCharge(invoiceId, inv.balance()));
    }

    /**
     * BP-PAY-3: unpaid invoices of card-auto accounts for the month of {@code day}, in id order after
     * {@code afterId}, of the accounts in {@code partition}: the invoices of one account (which share its
     * receivable) stay in one partition, in order, so partitions never race on the same ledger account.
     */
    public List<Long> dueForAutoCharge(LocalDate day, com.bizbill.shared.jobs.JobPartition partition, Long afterId,
                                       int max) {
        return em.createQuery("select i.id from Invoice i, BillingAccount b "
                        + "where b.id = i.billingAccountId and b.paymentMethod = :m and i.billingMonth = :month "
                        + "and i.status <> :paid and i.id > :after and mod(i.billingAccountId, :n) = :p order by i.id",
                        Long.class).setParameter("m", PaymentMethod.CARD_AUTO)
                .setParameter("month", java.time.YearMonth.from(day).toString())
                .setParameter("paid", InvoiceStatus.PAID).setParameter("after", afterId == null ? 0L : afterId)
                .setParameter("n", (long) partition.count()).setParameter("p", (long) partition.index())
                .setMaxResults(max).getResultList();
    }

    /** The organisation whose card pays the invoice. */
    public long organisationOf(long invoiceId) {
        Invoice inv = em.find(Invoice.class, invoiceId);
        return em.find(BillingAccount.class, inv.getBillingAccountId()).getOrganisation().getId();
    }
}
