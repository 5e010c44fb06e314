package com.bizbill.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a journal entry: a signed amount on one account (debit positive, credit negative). */
@Entity
@Table(name = "POSTING")
@EntityListeners(AppendOnlyGuard.class)
public class Posting {

    @Id
    @SequenceGenerator(name = "POSTING_SEQ", sequenceName = "POSTING_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "POSTING_SEQ") // issue 13 §6: no identity contention
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ENTRY_ID", nullable = false, updatable = false)
    private JournalEntry entry;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ACCOUNT_ID", nullable = false, updatable = false)
    private LedgerAccount account;

    @Column(nullable = false, updatable = false)
    private long amount;

    protected Posting() {
    }

    Posting(JournalEntry entry, LedgerAccount account, long amount) {
        this.entry = entry;
        this.account = account;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public JournalEntry getEntry() {
        return entry;
    }

    public LedgerAccount getAccount() {
        return account;
    }

    public long getAmount() {
        return amount;
    }
}
