package com.bizbill.billing.taxinvoice;

import com.bizbill.billing.sandbox.SandboxTaxInvoice;
import com.bizbill.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * The in-app e-tax-invoice service: records and numbers each tax invoice in its own transaction (it is
 * "outside": our rollback does not undo its record), the approval number in the national format
 * (yyyyMMdd + 8-digit serial + "-BZ"); the same source number gets the same approval number again. It refuses on
 * purpose an invoice whose number ends with {@value #REFUSED_SUFFIX}, as the real service refuses a bad document.
 */
@ApplicationScoped
@Typed(SandboxTaxInvoiceGateway.class) // not a TaxInvoiceGateway bean itself: TaxInvoiceGatewayProducer picks the adapter
public class SandboxTaxInvoiceGateway implements TaxInvoiceGateway {

    /** Source numbers ending so are refused (TAX_INVOICE_REFUSED), like the sandbox cards ending 0002. */
    public static final String REFUSED_SUFFIX = "-TAXREFUSED";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String issue(TaxInvoiceRequest r) {
        if (r.sourceNumber().endsWith(REFUSED_SUFFIX)) {
            throw new com.bizbill.shared.error.BizbillException(com.bizbill.shared.error.ErrorCode.TAX_INVOICE_REFUSED,
                    "e-tax-invoice service refused " + r.sourceNumber() + " (sandbox: refused on purpose)");
        }
        var earlier = em.createQuery("select t from SandboxTaxInvoice t where t.sourceNumber = :s",
                SandboxTaxInvoice.class).setParameter("s", r.sourceNumber()).getResultStream().findFirst();
        if (earlier.isPresent()) {
            return earlier.get().getApprovalNumber();
        }
        long serial = em.createQuery("select count(t) from SandboxTaxInvoice t", Long.class).getSingleResult() + 1;
        String number = clock.instant().atZone(clock.getZone()).format(DAY) + String.format("%08d", serial) + "-BZ";
        em.persist(new SandboxTaxInvoice(number, r.sourceNumber(), r.buyerName(), r.supply(), r.vat(), clock.instant()));
        return number;
    }

    /** What the service issued, newest first (staff, tests). */
    public Page<SandboxTaxInvoice> issued(int page, int size) {
        long total = em.createQuery("select count(t) from SandboxTaxInvoice t", Long.class).getSingleResult();
        return new Page<>(em.createQuery("select t from SandboxTaxInvoice t order by t.issuedAt desc",
                SandboxTaxInvoice.class).setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                total);
    }
}
