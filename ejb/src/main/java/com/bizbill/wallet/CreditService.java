package com.bizbill.wallet;

import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.limits.BoundedNumbers;
import com.bizbill.shared.limits.BusinessLimits;

import com.bizbill.identity.Organisation;
import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.PaymentType;
import com.bizbill.ledger.AccountType;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import com.bizbill.ledger.PostEntryCommand.Line;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Postpaid credit (CB-PST-1): staff set a monthly limit per organisation; each month starts with the
 * full limit (the 1st-of-month job opens the month's credit line); remaining = limit − this month's use.
 * A use locks the month's line, so concurrent orders can never pass the limit together.
 */
@Stateless
public class CreditService {

    @Inject
    CallContext callContext;

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(CreditService.class.getName());

    @Inject
    BusinessLimits limits;

    /** Staff set the contract's monthly limit; the current month follows at once (audited). */
    public void setLimit(long organisationId, long limit) {
        if (limit < 0) {
            throw WalletException.field("creditLimit", "credit.limit.negative", "a limit is not negative");
        }
        // issue 13: within the configured maximum of a credit limit (bizbill.limits.credit-limit)
        BoundedNumbers.require("creditLimit", limit, 0, limits.creditLimit());
        Organisation org = postpaid(organisationId);
        long before = org.getCreditLimit();
        org.setCreditLimit(limit);
        // the contract's row is changed in this transaction: the month's line is opened in it too
        find(organisationId, YearMonth.now(clock)).orElseGet(() -> {
            CreditLine l = new CreditLine(organisationId, YearMonth.now(clock).toString(), limit);
            em.persist(l);
            return l;
        }).changeLimit(limit);
        audit.record("CREDIT_LIMIT_SET", "ORGANISATION", organisationId, organisationId,
                String.valueOf(before), String.valueOf(limit));
    }

    public CreditView view(long organisationId) {
        Organisation org = postpaid(organisationId);
        YearMonth month = YearMonth.now(clock);
        Optional<CreditLine> line = find(organisationId, month);
        long limit = line.map(CreditLine::getLimitAmount).orElse(org.getCreditLimit());
        long used = line.map(CreditLine::getUsedAmount).orElse(0L);
        return new CreditView(organisationId, org.getName(), month.toString(), limit, used, Math.max(0, limit - used));
    }

    /** Every postpaid organisation with this month's credit (staff screen). */
    public List<CreditView> all() {
        return em.createQuery("select o.id from Organisation o where o.kind = :k and o.paymentType = :p order by o.name",
                        Long.class).setParameter("k", OrganisationKind.COUPON_COMPANY)
                .setParameter("p", PaymentType.POSTPAID).getResultList().stream().map(this::view).toList();
    }

    /**
     * CB-ORD-11: pays for an order on credit, into money in flight; refused, nothing moved, when it passes this month's
     * remaining credit, saying by how much.
     */
    public long use(long organisationId, long amount, String reference, String description) {
        return use(organisationId, YearMonth.now(clock), amount, reference, description);
    }

    /**
     * The same for the order's own month (issue 20 review): the month the order records is the month whose credit it
     * uses and whose credit its cancel gives back, even when the order is placed across midnight at a month's end.
     */
    public long use(long organisationId, YearMonth month, long amount, String reference, String description) {
        CreditLine line = line(organisationId, month);
        em.lock(line, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(line);
        try {
            line.use(amount);
        } catch (InsufficientBalanceException e) {
            throw new WalletException(ErrorCode.CREDIT_LIMIT_EXCEEDED, "CB-PST-1: " + e.getMessage(),
                    List.of(new com.bizbill.shared.error.BizbillException.FieldError("amount", "credit.short",
                            List.of(amount, line.remaining(), amount - line.remaining()))));
        }
        String receivable = receivable(organisationId);
        ledger.post(new PostEntryCommand("CREDIT_USE", reference, description, List.of(new Line(receivable, amount),
                new Line(LedgerAccounts.OPERATOR_ORDERS_IN_FLIGHT, -amount))));
        return line.remaining();
    }

    /**
     * CB-DSP-2: a cancelled reserved order gives its credit back to the month it was placed in (that month's line), and
     * the receivable falls by its amount.
     */
    public long cancelUse(long organisationId, YearMonth month, long amount, String reference, String description) {
        return cancelUse(organisationId, month, amount, reference, description, LedgerAccounts.OPERATOR_ORDERS_IN_FLIGHT);
    }

    /** The same from another operator account (issue 22 §6: a discarded coupon's price, from coupon sales). */
    public long cancelUse(long organisationId, YearMonth month, long amount, String reference, String description,
                          String from) {
        CreditLine line = line(organisationId, month);
        em.lock(line, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(line);
        line.release(amount);
        ledger.post(new PostEntryCommand("CREDIT_USE_CANCEL", reference, description, List.of(
                new Line(receivable(organisationId), -amount), new Line(from, amount))));
        return line.remaining();
    }

    private String receivable(long organisationId) {
        String receivable = LedgerAccounts.postpaidReceivable(organisationId);
        ledger.openAccount(receivable, em.find(Organisation.class, organisationId).getName() + " 후불 미수금",
                AccountType.ASSET, organisationId);
        return receivable;
    }

    /**
     * CB-PST-1 on the 1st: postpaid companies without the month's credit line yet, a page in id order after
     * {@code afterId} (the job {@code credit-limit-reset} reads them so; a re-run finds only what is left).
     */
    public List<Long> withoutLine(YearMonth month, Long afterId, int max) {
        return em.createQuery("select o.id from Organisation o where o.kind = :k and o.paymentType = :p "
                        + "and o.id > :after and not exists (select l from CreditLine l where l.organisationId = o.id "
                        + "and l.month = :m) order by o.id", Long.class).setParameter("k", OrganisationKind.COUPON_COMPANY)
                .setParameter("p", PaymentType.POSTPAID).setParameter("m", month.toString())
                .setParameter("after", afterId == null ? 0L : afterId).setMaxResults(max).getResultList();
    }

    /**
     * CB-PST-1: opens the month's credit line (the full contract limit, nothing used) of one postpaid company, in a
     * transaction of its own; false when it has one already (opened by its first order, or an earlier run).
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public boolean openLine(long organisationId, YearMonth month) {
        if (find(organisationId, month).isPresent()) {
            return false;
        }
        em.persist(new CreditLine(organisationId, month.toString(), postpaid(organisationId).getCreditLimit()));
        return true;
    }

    /** The month's credit line, opened with the contract limit if the job has not run yet. */
    CreditLine line(long organisationId, YearMonth month) {
        Optional<CreditLine> known = find(organisationId, month);
        if (known.isPresent()) {
            return known.get();
        }
        // issue 20 review: the first orders of a month race to open its line; each opens it in a transaction of its
        // own, the loser of the race finds the winner's (a duplicate key there is answered by the twin's row)
        try {
            self().openLine(organisationId, month);
        } catch (jakarta.ejb.EJBException e) {
            LOG.fine(() -> "credit line of " + organisationId + " " + month + " opened by a concurrent order");
        }
        return find(organisationId, month).orElseThrow(() -> new WalletException(ErrorCode.CREDIT_LIMIT_EXCEEDED,
                "no credit line for " + month));
    }

    private CreditService self() {
        return context.getBusinessObject(CreditService.class);
    }

    private Optional<CreditLine> find(long organisationId, YearMonth month) {
        return em.createQuery("select l from CreditLine l where l.organisationId = :o and l.month = :m", CreditLine.class)
                .setParameter("o", organisationId).setParameter("m", month.toString()).getResultStream().findFirst();
    }

    private Organisation postpaid(long organisationId) {
        Organisation org = em.find(Organisation.class, organisationId);
        if (org == null || org.getPaymentType() != PaymentType.POSTPAID) {
            throw new WalletException(ErrorCode.CREDIT_ACCOUNT_NOT_FOUND, "no postpaid organisation " + organisationId);
        }
        return org;
    }

    /** CB-PST-1 as shown: this month's limit, use and remaining credit. */
    public record CreditView(long organisationId, String organisationName, String month, long limit, long used,
                             long remaining) {
    }
}
