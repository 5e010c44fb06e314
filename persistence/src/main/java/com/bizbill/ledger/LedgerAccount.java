package com.bizbill.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A ledger account (two-sided bookkeeping). It holds no balance column: the balance is always the sum of its
 * postings (design.md). {@code @Version} is bumped on every posting, so concurrent postings on
 * the same account are detected.
 */
@Entity
@Table(name = "LEDGER_ACCOUNT")
public class LedgerAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AccountType type;

    /** The organisation whose money this is; null for the operator's own accounts. */
    @Column(name = "ORGANISATION_ID", updatable = false)
    private Long organisationId;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected LedgerAccount() {
    }

    public LedgerAccount(String code, String name, AccountType type, Long organisationId, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.organisationId = organisationId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AccountType getType() {
        return type;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
