package com.bizbill.catalog;

import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * CB-CAT-2: staff grant each coupon company the permission to order cashable products and a <b>monthly</b> limit
 * for them, shown as remaining / limit like the purchase limit (what a month used is counted from its orders). Every change is audited.
 */
@Stateless
public class CashablePermissions {

    /** The business maximum of a monthly cashable limit (won). */
    public static final long MAX_LIMIT = 10_000_000_000L;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    com.bizbill.ordering.OrderQueries orders;

    @Inject
    java.time.Clock clock;

    /** An organisation's permission as shown: permitted, the monthly limit, this month's use and what remains. */
    public record View(long organisationId, String organisationName, boolean permitted, long monthlyLimit, long used) {
        public long remaining() {
            return permitted ? Math.max(0, monthlyLimit - used) : 0;
        }
    }

    public View view(long organisationId) {
        Organisation o = company(organisationId);
        CashablePermission p = em.find(CashablePermission.class, organisationId);
        return new View(organisationId, o.getName(), p != null && p.isPermitted(), p == null ? 0 : p.getMonthlyLimit(),
                orders.cashableUsed(organisationId, java.time.YearMonth.now(clock))); // issue 20 §4: real orders
    }

    /** Every coupon company, by name, with its permission. */
    public List<View> all() {
        return em.createQuery("select o.id from Organisation o where o.kind = :k order by o.name", Long.class)
                .setParameter("k", OrganisationKind.COUPON_COMPANY).getResultList().stream().map(this::view).toList();
    }

    public View set(long organisationId, boolean permitted, long monthlyLimit) {
        company(organisationId);
        if (monthlyLimit < 0 || monthlyLimit > MAX_LIMIT) {
            throw CatalogException.field(ErrorCode.AMOUNT_OUT_OF_RANGE, "limit", "catalog.cashable.limitRange");
        }
        CashablePermission p = em.find(CashablePermission.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
        String before = p == null ? "none" : p.isPermitted() + " " + p.getMonthlyLimit();
        if (p == null) {
            p = new CashablePermission(organisationId);
            em.persist(p);
        }
        p.set(permitted, monthlyLimit);
        audit.record("CASHABLE_PERMISSION_SET", "ORGANISATION", organisationId, organisationId, before,
                permitted + " " + monthlyLimit);
        return view(organisationId);
    }

    private Organisation company(long organisationId) {
        Organisation o = em.find(Organisation.class, organisationId);
        if (o == null || o.getKind() != OrganisationKind.COUPON_COMPANY) {
            throw new CatalogException(ErrorCode.NOT_FOUND, "no coupon company " + organisationId);
        }
        return o;
    }
}
