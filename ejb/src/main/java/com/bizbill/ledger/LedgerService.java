package com.bizbill.ledger;

import com.bizbill.shared.Page;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Posts balanced, append-only journal entries and derives balances from postings.
 * Each public method is one container transaction: an entry posts completely or not at all.
 */
@Stateless
public class LedgerService {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    com.bizbill.shared.context.CallContext callContext;

    @Inject
    Clock clock;

    /** Opens an account, or returns the existing one with that code (safe to call again). */
    public LedgerAccount openAccount(String code, String name, AccountType type, Long organisationId) {
        return findAccount(code).orElseGet(() -> {
            LedgerAccount account = new LedgerAccount(code, name, type, organisationId, clock.instant());
            em.persist(account);
            return account;
        });
    }

    /**
     * Posts one entry. Any failure (unbalanced legs, an unknown account, a concurrent change found
     * at commit) rolls back the whole container transaction: no half-movement is ever left.
     *
     * The entry is posted by whoever the call context names (issue 15 §1): the staff member, the member,
     * the API key or the job run that caused the movement.
     *
     * @return the id of the posted entry
     */
    public long post(PostEntryCommand command) {
        String postedBy = callContext.actorName();
        try {
            JournalEntry.checkBalanced(command.lines());
        } catch (UnbalancedEntryException e) {
            throw new LedgerException(ErrorCode.LEDGER_UNBALANCED_ENTRY, e.getMessage());
        }
        List<JournalEntry.Leg> legs = new ArrayList<>();
        for (PostEntryCommand.Line line : command.lines()) {
            LedgerAccount account = findAccount(line.accountCode())
                    .orElseThrow(() -> new LedgerException(ErrorCode.LEDGER_UNKNOWN_ACCOUNT,
                            "no ledger account " + line.accountCode()));
            // An organisation's account bumps @Version: two transactions posting to it cannot both commit
            // unseen. The operator's pooled accounts (cash, sales, fees) carry no balance rule, and every
            // movement passes through them, so versioning them would make all payments collide.
            if (account.getOrganisationId() != null) {
                em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            legs.add(new JournalEntry.Leg(account, line.amount()));
        }
        JournalEntry entry = new JournalEntry(command.entryType(), command.reference(), command.description(),
                clock.instant(), postedBy, legs);
        em.persist(entry);
        em.flush();
        return entry.getId();
    }

    /** Posts several entries in one transaction: all of them or none. */
    public List<Long> postAll(List<PostEntryCommand> commands) {
        List<Long> ids = new ArrayList<>();
        for (PostEntryCommand c : commands) {
            ids.add(post(c));
        }
        return ids;
    }

    public Optional<LedgerAccount> findAccount(String code) {
        return em.createQuery("select a from LedgerAccount a where a.code = :code", LedgerAccount.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public AccountBalance balance(String code) {
        LedgerAccount a = findAccount(code).orElseThrow(
                () -> new LedgerException(ErrorCode.LEDGER_ACCOUNT_NOT_FOUND, "no ledger account " + code));
        return toBalance(a, postingSum(a.getId(), null));
    }

    /** The accounts of one organisation with their balances. */
    public List<AccountBalance> accountsOf(long organisationId) {
        return balances("where a.organisationId = :org", organisationId);
    }

    /** Every account with its balance (staff). */
    public List<AccountBalance> allAccounts() {
        return balances("", null);
    }

    private List<AccountBalance> balances(String where, Long organisationId) {
        var q = em.createQuery("select a, coalesce(sum(p.amount), 0) from LedgerAccount a "
                + "left join Posting p on p.account = a " + where
                + " group by a order by a.code", Object[].class);
        if (organisationId != null) {
            q.setParameter("org", organisationId);
        }
        return q.getResultList().stream()
                .map(r -> toBalance((LedgerAccount) r[0], ((Number) r[1]).longValue()))
                .toList();
    }

    /** Statement lines of one organisation's accounts, newest first. */
    public Page<EntryLine> entriesOf(long organisationId, int page, int size) {
        long total = em.createQuery("select count(p) from Posting p where p.account.organisationId = :org",
                Long.class).setParameter("org", organisationId).getSingleResult();
        List<Posting> postings = em.createQuery("select p from Posting p join fetch p.entry join fetch p.account "
                                + "where p.account.organisationId = :org order by p.entry.postedAt desc, p.id desc",
                        Posting.class)
                .setParameter("org", organisationId)
                .setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size)
                .getResultList();
        List<EntryLine> lines = postings.stream().map(p -> new EntryLine(p.getEntry().getId(),
                p.getEntry().getPostedAt(), p.getEntry().getEntryType(), p.getEntry().getReference(),
                p.getEntry().getDescription(), p.getAccount().getCode(),
                p.getAccount().getType().naturalBalance(p.getAmount()))).toList();
        return new Page<>(lines, page, size, total);
    }

    /** Sum of an account's signed postings, optionally only those posted before {@code before}. */
    public long postingSum(long accountId, Instant before) {
        String jpql = "select coalesce(sum(p.amount), 0) from Posting p where p.account.id = :id"
                + (before == null ? "" : " and p.entry.postedAt < :before");
        var q = em.createQuery(jpql, Long.class).setParameter("id", accountId);
        if (before != null) {
            q.setParameter("before", before);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /** The books balance: all postings sum to zero and each entry does; the overpayment account agrees. */
    public LedgerCheck check() {
        long entries = em.createQuery("select count(e) from JournalEntry e", Long.class).getSingleResult();
        long postings = em.createQuery("select count(p) from Posting p", Long.class).getSingleResult();
        long total = ((Number) em.createQuery("select coalesce(sum(p.amount), 0) from Posting p", Long.class)
                .getSingleResult()).longValue();
        List<Long> unbalanced = em.createQuery("select p.entry.id from Posting p group by p.entry.id "
                + "having sum(p.amount) <> 0", Long.class).setMaxResults(100).getResultList();
        // issue 13: the suspense account holds exactly the overpayments not yet refunded
        long overpaymentAccount = findAccount(LedgerAccounts.OPERATOR_OVERPAYMENTS)
                .map(a -> a.getType().naturalBalance(postingSum(a.getId(), null))).orElse(0L);
        long held = ((Number) em.createQuery("select coalesce(sum(o.amount), 0) from Overpayment o "
                + "where o.status <> com.bizbill.billing.OverpaymentStatus.REFUNDED").getSingleResult()).longValue();
        return new LedgerCheck(entries, postings, total, unbalanced, overpaymentAccount, held);
    }

    public long countEntries() {
        return em.createQuery("select count(e) from JournalEntry e", Long.class).getSingleResult();
    }

    private static AccountBalance toBalance(LedgerAccount a, long postingSum) {
        return new AccountBalance(a.getId(), a.getCode(), a.getName(), a.getType(), a.getOrganisationId(),
                a.getType().naturalBalance(postingSum));
    }
}
