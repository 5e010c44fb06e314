package com.bizbill.ledger;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One money movement: two or more postings that sum to zero. Built complete and checked in
 * the constructor, so an unbalanced entry can never be persisted; append-only afterwards.
 */
@Entity
@Table(name = "JOURNAL_ENTRY")
@EntityListeners(AppendOnlyGuard.class)
public class JournalEntry {

    @Id
    @SequenceGenerator(name = "JOURNAL_ENTRY_SEQ", sequenceName = "JOURNAL_ENTRY_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "JOURNAL_ENTRY_SEQ") // issue 13 §6: no identity contention
    private Long id;

    /** What kind of movement (e.g. WALLET_CHARGE); a stable code, not a label. */
    @Column(name = "ENTRY_TYPE", nullable = false, length = 40, updatable = false)
    private String entryType;

    /** The business record this movement belongs to (order id, payment id…). */
    @Column(length = 100, updatable = false)
    private String reference;

    @Column(length = 500, updatable = false)
    private String description;

    @Column(name = "POSTED_AT", nullable = false, updatable = false)
    private Instant postedAt;

    @Column(name = "POSTED_BY", nullable = false, length = 100, updatable = false)
    private String postedBy;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Posting> postings = new ArrayList<>();

    protected JournalEntry() {
    }

    /**
     * @param legs the accounts and signed amounts (debit positive, credit negative)
     * @throws UnbalancedEntryException unless there are two or more non-zero legs summing to zero
     */
    public JournalEntry(String entryType, String reference, String description, Instant postedAt, String postedBy,
                        List<Leg> legs) {
        checkBalanced(legs);
        this.entryType = entryType;
        this.reference = reference;
        this.description = description;
        this.postedAt = postedAt;
        this.postedBy = postedBy;
        for (Leg leg : legs) {
            postings.add(new Posting(this, leg.account(), leg.amount()));
        }
    }

    /** The double-entry rules, usable before any account is loaded. */
    public static void checkBalanced(List<? extends SignedAmount> legs) {
        if (legs == null || legs.size() < 2) {
            throw new UnbalancedEntryException("an entry needs at least two postings");
        }
        long sum = 0;
        for (SignedAmount leg : legs) {
            if (leg.amount() == 0) {
                throw new UnbalancedEntryException("a posting of zero won is not a movement");
            }
            // the fixed ceiling (issue 13): no posting is beyond it, so no balance arithmetic overflows
            com.bizbill.shared.WholeNumbers.withinCeiling(leg.amount());
            sum = Math.addExact(sum, leg.amount());
        }
        if (sum != 0) {
            throw new UnbalancedEntryException("postings must sum to zero, they sum to " + sum);
        }
    }

    public Long getId() {
        return id;
    }

    public String getEntryType() {
        return entryType;
    }

    public String getReference() {
        return reference;
    }

    public String getDescription() {
        return description;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public List<Posting> getPostings() {
        return Collections.unmodifiableList(postings);
    }

    /** Anything with a signed won amount. */
    public interface SignedAmount {
        long amount();
    }

    /** An account and a signed amount, before it becomes a {@link Posting}. */
    public record Leg(LedgerAccount account, long amount) implements SignedAmount {
    }
}
