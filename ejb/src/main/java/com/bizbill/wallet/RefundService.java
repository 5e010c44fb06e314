package com.bizbill.wallet;

import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.limits.BoundedNumbers;
import com.bizbill.shared.limits.BusinessLimits;

import com.bizbill.identity.Member;
import com.bizbill.ledger.LedgerAccounts;
import com.bizbill.ledger.LedgerService;
import com.bizbill.ledger.PostEntryCommand;
import com.bizbill.ledger.PostEntryCommand.Line;
import com.bizbill.shared.Page;
import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refunds of the remaining balance (CB-WAL-4) and their states (CB-WAL-5). The wallet is debited
 * the moment the request is made (the money is set aside in "refund payable"); a rejection or the
 * customer's cancel credits it back; completion pays out the amount less the fee.
 */
@Stateless
public class RefundService {

    @Inject
    CallContext callContext;

    /** CB-WAL-4: the reason is at most 100 bytes. */
    public static final int REASON_MAX_BYTES = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessLimits limits;

    @Inject
    WalletService wallets;

    @Inject
    LedgerService ledger;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What the customer would receive for {@code amount} now (CB-WAL-4 preview). */
    public RefundPreview preview(long organisationId, long amount) {
        return preview(organisationId, amount, false);
    }

    /**
     * CB-WAL-4, the same rule for the preview and the request ({@link FeeFreeRefund}): the fee-free part is
     * the last 7 days' charges less their cancels less what standing refunds already took fee-free, at most
     * the balance. {@code locked}: read under the wallet's lock (the request), so two refunds filed at once
     * cannot both use the same free part.
     */
    private RefundPreview preview(long organisationId, long amount, boolean locked) {
        Wallet w = wallets.walletOf(organisationId);
        if (locked) {
            em.lock(w, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(w);
        }
        java.time.Instant since = clock.instant().minus(java.time.Duration.ofDays(7));
        Object[] charged = em.createQuery("select coalesce(sum(c.amount), 0), coalesce(sum(c.cancelledAmount), 0) "
                        + "from WalletCharge c where c.organisationId = :o and c.completedAt >= :since", Object[].class)
                .setParameter("o", organisationId).setParameter("since", since).getSingleResult();
        Number refunded = em.createQuery("select coalesce(sum(coalesce(r.feeFreeAmount, r.amount)), 0) from RefundRequest r "
                        + "where r.organisationId = :o and r.createdAt >= :since and r.status not in :gone", Number.class)
                .setParameter("o", organisationId).setParameter("since", since)
                .setParameter("gone", List.of(RefundStatus.REJECTED, RefundStatus.CANCELLED)).getSingleResult();
        long allowance = FeeFreeRefund.allowance(w.getBalance(), ((Number) charged[0]).longValue(),
                ((Number) charged[1]).longValue(), refunded.longValue());
        long fee = amount > 0 ? FeeFreeRefund.fee(amount, allowance) : 0;
        return new RefundPreview(amount, fee, amount - fee, w.getBalance(), allowance);
    }

    /** CB-WAL-4 "load previous account info". */
    public Optional<BankAccount> previousAccount(long organisationId) {
        return em.createQuery("select r from RefundRequest r where r.organisationId = :o order by r.id desc",
                        RefundRequest.class).setParameter("o", organisationId).setMaxResults(1)
                .getResultStream().findFirst().map(RefundRequest::bankAccount);
    }

    /** Files a refund and debits the wallet at once; a double submit (same request key) files one. */
    public RefundRequest request(RefundCommand cmd) {
        if (!wallets.isRefundable(cmd.organisationId())) { // issue 24 §4: also a balance left after going postpaid
            throw new WalletException(ErrorCode.WALLET_NOT_AVAILABLE, "organisation " + cmd.organisationId()
                    + " has no prepaid balance to refund");
        }
        Optional<RefundRequest> earlier = em.createQuery("select r from RefundRequest r where r.organisationId = :o "
                        + "and r.requestKey = :k", RefundRequest.class).setParameter("o", cmd.organisationId())
                .setParameter("k", cmd.requestKey()).getResultStream().findFirst();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Member member = em.find(Member.class, cmd.memberId());
        validate(cmd, member);
        // CB-WAL-4 under the wallet lock (issue 13 §5): the free part already used by earlier refunds is not free again
        RefundPreview p = preview(cmd.organisationId(), cmd.amount(), true);
        RefundRequest r = new RefundRequest(cmd.organisationId(), cmd.memberId(), cmd.amount(), p.fee(), cmd.account(),
                cmd.bankbookFile(), blankToNull(cmd.holderDocumentFile()), cmd.reason().trim(), cmd.requestKey(),
                clock.instant()).withFeeFreeAmount(FeeFreeRefund.partOf(cmd.amount(), p.chargedWithin7Days()));
        em.persist(r);
        em.flush();
        wallets.setAsideForRefund(cmd.organisationId(), cmd.amount(), "refund-" + r.getId());
        audit.record("REFUND_REQUESTED", "REFUND_REQUEST", r.getId(), cmd.organisationId(), null,
                "amount=" + cmd.amount() + ", fee=" + p.fee());
        return r;
    }

    /** The customer withdraws a refund still REQUESTED; the amount goes back to the wallet. */
    public RefundRequest cancel(long organisationId, long refundId) {
        RefundRequest r = locked(refundId);
        if (r.getOrganisationId() != organisationId) {
            throw new WalletException(ErrorCode.REFUND_NOT_FOUND, "no refund " + refundId);
        }
        transition(() -> r.cancel(callContext.actorName(), clock.instant()));
        creditBack(r, "환불 취소");
        audit.record("REFUND_CANCELLED", "REFUND_REQUEST", r.getId(), organisationId, "REQUESTED", "CANCELLED");
        return r;
    }

    /** Staff take a refund up for review. */
    public RefundRequest startReview(long refundId) {
        RefundRequest r = locked(refundId);
        transition(() -> r.startReview(callContext.actorName(), clock.instant()));
        audit.record("REFUND_REVIEWING", "REFUND_REQUEST", r.getId(), r.getOrganisationId(), "REQUESTED",
                "REVIEWING");
        return r;
    }

    /** Staff paid the refund out: the payable is settled from cash, the fee is revenue. */
    public RefundRequest complete(long refundId) {
        RefundRequest r = locked(refundId);
        transition(() -> r.complete(callContext.actorName(), clock.instant()));
        List<Line> legs = new ArrayList<>();
        legs.add(new Line(LedgerAccounts.OPERATOR_REFUND_PAYABLE, r.getAmount()));
        legs.add(new Line(LedgerAccounts.OPERATOR_CASH, -r.payout()));
        if (r.getFee() > 0) {
            legs.add(new Line(LedgerAccounts.OPERATOR_FEE_REVENUE, -r.getFee()));
        }
        ledger.post(new PostEntryCommand("REFUND_PAID", "refund-" + r.getId() + "-paid", "환불 지급", legs));

        audit.record("REFUND_COMPLETED", "REFUND_REQUEST", r.getId(), r.getOrganisationId(), "REVIEWING",
                "COMPLETED payout=" + r.payout());
        return r;
    }

    /** Staff refuse the refund; the amount goes back to the wallet. */
    public RefundRequest reject(long refundId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw WalletException.field("rejectionReason", "field.required", "a rejection needs a reason");
        }
        RefundRequest r = locked(refundId);
        String before = r.getStatus().name();
        transition(() -> r.reject(reason.trim(), callContext.actorName(), clock.instant()));
        creditBack(r, "환불 반려");
        audit.record("REFUND_REJECTED", "REFUND_REQUEST", r.getId(), r.getOrganisationId(), before,
                "REJECTED: " + reason.trim());
        return r;
    }

    public RefundRequest find(long refundId) {
        RefundRequest r = em.find(RefundRequest.class, refundId);
        if (r == null) {
            throw new WalletException(ErrorCode.REFUND_NOT_FOUND, "no refund " + refundId);
        }
        return r;
    }

    /** Refunds, newest first: one organisation's (organisationId given) or all (staff), optionally by status. */
    public Page<RefundRequest> list(Long organisationId, RefundStatus status, int page, int size) {
        String where = " where 1 = 1" + (organisationId == null ? "" : " and r.organisationId = :o")
                + (status == null ? "" : " and r.status = :s");
        var count = em.createQuery("select count(r) from RefundRequest r" + where, Long.class);
        var q = em.createQuery("select r from RefundRequest r" + where + " order by r.id desc", RefundRequest.class);
        for (var query : List.of(count, q)) {
            if (organisationId != null) {
                query.setParameter("o", organisationId);
            }
            if (status != null) {
                query.setParameter("s", status);
            }
        }
        return new Page<>(q.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    private void creditBack(RefundRequest r, String description) {
        wallets.returnRefund(r.getOrganisationId(), r.getAmount(), "refund-" + r.getId() + "-return", description);
    }

    private RefundRequest locked(long refundId) {
        RefundRequest r = em.find(RefundRequest.class, refundId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new WalletException(ErrorCode.REFUND_NOT_FOUND, "no refund " + refundId);
        }
        return r;
    }

    private static void transition(Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException e) {
            throw new WalletException(ErrorCode.REFUND_STATE, "CB-WAL-5: " + e.getMessage());
        }
    }

    /** CB-WAL-4 input rules, all reported at once. */
    private void validate(RefundCommand cmd, Member member) {
        List<BizbillException.FieldError> errors = new ArrayList<>();
        long balance = wallets.balance(cmd.organisationId());
        if (!RefundFee.allowed(cmd.amount())) {
            errors.add(new BizbillException.FieldError("amount", "refund.amount.minimum"));
        } else if (cmd.amount() > limits.refund()) {
            // issue 13: one refund is at most the configured maximum (bizbill.limits.refund)
            errors.add(BoundedNumbers.rangeError("amount", RefundFee.MINIMUM_EXCLUSIVE + 1, limits.refund()));
        } else if (cmd.amount() > balance) {
            errors.add(new BizbillException.FieldError("amount", "refund.amount.balance"));
        }
        BankAccount a = cmd.account();
        if (a == null || blank(a.bank())) {
            errors.add(new BizbillException.FieldError("bank", "field.required"));
        }
        if (a == null || blank(a.accountNumber()) || !a.accountNumber().trim().matches("[0-9][0-9-]{5,38}")) {
            errors.add(new BizbillException.FieldError("accountNumber", "refund.accountNumber.invalid"));
        }
        if (a == null || blank(a.holder()) || a.holder().trim().length() > 60) {
            errors.add(new BizbillException.FieldError("holder", "field.required"));
        }
        if (blank(cmd.bankbookFile())) {
            errors.add(new BizbillException.FieldError("bankbook", "refund.bankbook.required"));
        }
        if (blank(cmd.reason())) {
            errors.add(new BizbillException.FieldError("reason", "field.required"));
        } else if (cmd.reason().trim().getBytes(StandardCharsets.UTF_8).length > REASON_MAX_BYTES) {
            errors.add(new BizbillException.FieldError("reason", "refund.reason.tooLong"));
        }
        // CB-WAL-4: a holder other than the member needs an extra document; the company's own account is the
        // member's (issue 18 §5: B2B refunds go to the company's account)
        if (a != null && !blank(a.holder()) && member != null && !RefundHolder.isMember(a.holder(),
                member.getDisplayName(), member.getOrganisation().getName()) && blank(cmd.holderDocumentFile())) {
            errors.add(new BizbillException.FieldError("holderDocument", "refund.holderDocument.required"));
        }
        if (!errors.isEmpty()) {
            throw new WalletException(ErrorCode.VALIDATION_FAILED, "refund request refused", errors);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s;
    }

    /** A refund request as the customer filed it (files already stored; their keys). */
    public record RefundCommand(long organisationId, long memberId, long amount, BankAccount account,
                                String bankbookFile, String holderDocumentFile, String reason, String requestKey) {
    }

    /**
     * CB-WAL-4 preview: amount, fee, what reaches the bank account; with the balance and the fee-free
     * allowance ({@code chargedWithin7Days}: the last 7 days' charges less cancels less earlier fee-free refunds).
     */
    public record RefundPreview(long amount, long fee, long payout, long balance, long chargedWithin7Days) {
    }
}
