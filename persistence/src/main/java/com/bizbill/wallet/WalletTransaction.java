package com.bizbill.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the wallet history (CB-WAL-2), written with the ledger entry it mirrors and never
 * changed. The running balance is the wallet balance right after the movement, taken under the wallet
 * row lock, so the history reads like a bank book.
 */
@Entity
@Table(name = "WALLET_TRANSACTION")
public class WalletTransaction {

    @Id
    @SequenceGenerator(name = "WALLET_TRANSACTION_SEQ", sequenceName = "WALLET_TRANSACTION_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WALLET_TRANSACTION_SEQ") // issue 13 §6: no identity contention
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private WalletTransactionKind kind;

    /** Signed: positive raises the balance. */
    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "BALANCE_AFTER", nullable = false, updatable = false)
    private long balanceAfter;

    @Column(nullable = false, length = 100, updatable = false)
    private String reference;

    @Column(length = 300, updatable = false)
    private String description;

    @Column(name = "JOURNAL_ENTRY_ID", nullable = false, updatable = false)
    private long journalEntryId;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant occurredAt;

    protected WalletTransaction() {
    }

    public WalletTransaction(long organisationId, WalletTransactionKind kind, long unsignedAmount, long balanceAfter,
                             String reference, String description, long journalEntryId, Instant occurredAt) {
        this.organisationId = organisationId;
        this.kind = kind;
        this.amount = kind.sign() * unsignedAmount;
        this.balanceAfter = balanceAfter;
        this.reference = reference;
        this.description = description;
        this.journalEntryId = journalEntryId;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public WalletTransactionKind getKind() {
        return kind;
    }

    public long getAmount() {
        return amount;
    }

    public long getBalanceAfter() {
        return balanceAfter;
    }

    public String getReference() {
        return reference;
    }

    public String getDescription() {
        return description;
    }

    public long getJournalEntryId() {
        return journalEntryId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
