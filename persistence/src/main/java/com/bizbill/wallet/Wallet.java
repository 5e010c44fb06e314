package com.bizbill.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An organisation's prepaid balance (CB-WAL-1). The balance column is a cache of the ledger account
 * {@code ORG:{id}:PREPAID}: it changes only in the transaction that posts the matching entry, under a
 * row lock, and the ledger check compares the two (design.md "Money and time").
 */
@Entity
@Table(name = "WALLET")
public class Wallet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false, unique = true, updatable = false)
    private long organisationId;

    @Column(nullable = false)
    private long balance;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Wallet() {
    }

    public Wallet(long organisationId, long openingBalance, Instant createdAt) {
        if (openingBalance < 0) {
            throw new IllegalArgumentException("a wallet never starts negative");
        }
        this.organisationId = organisationId;
        this.balance = openingBalance;
        this.createdAt = createdAt;
    }

    public void credit(long amount) {
        requirePositive(amount);
        com.bizbill.shared.WholeNumbers.withinCeiling(amount); // issue 13: the fixed ceiling
        balance = Math.addExact(balance, amount);
    }

    /** @throws InsufficientBalanceException when the balance would go below zero (nothing changes) */
    public void debit(long amount) {
        requirePositive(amount);
        if (amount > balance) {
            throw new InsufficientBalanceException(balance, amount);
        }
        balance -= amount;
    }

    private static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a wallet movement is positive: " + amount);
        }
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getBalance() {
        return balance;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
