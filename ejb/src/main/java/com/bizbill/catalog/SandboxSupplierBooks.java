package com.bizbill.catalog;

import com.bizbill.catalog.sandbox.SandboxSupplierAccount;
import com.bizbill.catalog.sandbox.SandboxSupplierCoupon;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The sandbox supplier's books (issue 21 §2): what it issued under which transaction id, in transactions of its own
 * (REQUIRES_NEW) as a real supplier's are: a coupon it issued stays issued whatever becomes of the caller's
 * transaction. The operator's deposit at the supplier is {@code bizbill.supplier.sandbox.deposit} (default 10 billion
 * won) less what it owes (one account row: the face value of every coupon not discarded); an issue beyond it is
 * refused as a temporary failure.
 */
@Stateless
public class SandboxSupplierBooks {

    public static final String DEPOSIT_KEY = "bizbill.supplier.sandbox.deposit";
    public static final long DEFAULT_DEPOSIT = 10_000_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Config config;

    /**
     * Books a new coupon; a transaction id already used books nothing and answers empty, the repeat counted (committed,
     * so the caller's refusal does not undo the count).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<SandboxSupplierCoupon> issue(String transactionId, String goodsCode, long faceValue,
                                                 int validityDays) {
        down();
        Optional<SandboxSupplierCoupon> known = find(transactionId);
        if (known.isPresent()) {
            known.get().issuedAgain();
            return Optional.empty();
        }
        SandboxSupplierAccount account = em.find(SandboxSupplierAccount.class, SandboxSupplierAccount.ID,
                LockModeType.PESSIMISTIC_WRITE);
        long balance = deposit(account) - account.getOwed();
        if (balance < faceValue) {
            throw new CatalogException(ErrorCode.COUPON_SUPPLIER_BALANCE_SHORT, "the operator's deposit at the sandbox "
                    + "supplier is short: " + balance + " won for " + faceValue);
        }
        account.issued(faceValue);
        StringBuilder pin = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            pin.append(RANDOM.nextInt(10));
        }
        SandboxSupplierCoupon c = new SandboxSupplierCoupon(transactionId, goodsCode, faceValue, pin.toString(),
                LocalDate.now(clock).plusDays(validityDays), clock.instant());
        em.persist(c);
        em.flush();
        return Optional.of(c);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<SandboxSupplierCoupon> lookup(String transactionId) {
        down();
        return find(transactionId);
    }

    /** Discards the coupon; refused when unknown or already used. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void discard(String transactionId) {
        down();
        SandboxSupplierCoupon c = find(transactionId)
                .orElseThrow(() -> new CatalogException(ErrorCode.COUPON_SUPPLIER_REFUSED, "no coupon " + transactionId));
        SandboxSupplierAccount account = em.find(SandboxSupplierAccount.class, SandboxSupplierAccount.ID,
                LockModeType.PESSIMISTIC_WRITE);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        boolean wasIssued = c.getState() == SandboxSupplierCoupon.State.ISSUED;
        if (!c.discard(clock.instant())) {
            throw new CatalogException(ErrorCode.COUPON_SUPPLIER_REFUSED, "coupon " + transactionId + " was used");
        }
        if (wasIssued) {
            account.discarded(c.getFaceValue());
        }
    }

    /** A recipient redeemed the coupon (the sandbox's stand-in for the shop's till). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean use(String transactionId) {
        return find(transactionId).map(c -> c.use(clock.instant())).orElse(false);
    }

    public long balance() {
        down();
        SandboxSupplierAccount account = em.find(SandboxSupplierAccount.class, SandboxSupplierAccount.ID);
        return deposit(account) - account.getOwed();
    }

    /**
     * The operator tops up (or, in a test, drains) its deposit at the sandbox supplier: the deposit becomes
     * {@code won} (null: back to the configured one).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void setDeposit(Long won) {
        em.find(SandboxSupplierAccount.class, SandboxSupplierAccount.ID, LockModeType.PESSIMISTIC_WRITE).deposit(won);
    }

    /** Issue 21 §2: the sandbox supplier goes down ({@code true}) or comes back (staff, tests). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void setOutage(boolean down) {
        em.find(SandboxSupplierAccount.class, SandboxSupplierAccount.ID, LockModeType.PESSIMISTIC_WRITE).outage(down);
    }

    public boolean isOutage() {
        return em.find(SandboxSupplierAccount.class, SandboxSupplierAccount.ID).isOutage();
    }

    /** While the sandbox supplier is down, every call fails before anything happens there. */
    private void down() {
        if (isOutage()) {
            throw new SupplierUnavailable("the sandbox supplier is down (outage switched on)", null);
        }
    }

    private long deposit(SandboxSupplierAccount account) {
        return account.getDeposit() != null ? account.getDeposit()
                : config.getOptionalValue(DEPOSIT_KEY, Long.class).orElse(DEFAULT_DEPOSIT);
    }

    /** Issue 21 §5: the coupons booked on a day of the business zone. */
    public List<SandboxSupplierCoupon> issuedOn(LocalDate day) {
        down();
        var from = day.atStartOfDay(clock.getZone()).toInstant();
        var to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return em.createQuery("select c from SandboxSupplierCoupon c where c.issuedAt >= :f and c.issuedAt < :t "
                + "order by c.id", SandboxSupplierCoupon.class).setParameter("f", from).setParameter("t", to)
                .getResultList();
    }

    /** Issue calls that repeated a transaction id (the sandbox refused them): 0 when nothing was issued twice. */
    public long repeatedIssues() {
        Number n = (Number) em.createQuery("select coalesce(sum(c.repeatedIssues), 0) from SandboxSupplierCoupon c")
                .getSingleResult();
        return n.longValue();
    }

    private Optional<SandboxSupplierCoupon> find(String transactionId) {
        return em.createQuery("select c from SandboxSupplierCoupon c where c.transactionId = :t",
                SandboxSupplierCoupon.class).setParameter("t", transactionId).getResultStream().findFirst();
    }
}
