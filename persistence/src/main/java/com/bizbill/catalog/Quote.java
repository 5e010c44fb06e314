package com.bizbill.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** CB-CART-1: an issued quote (견적서), numbered by its row; what it priced is printed on its PDF. */
@Entity
@Table(name = "QUOTE")
public class Quote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "FINAL_TOTAL", nullable = false, updatable = false)
    private long finalTotal;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    protected Quote() {
    }

    public Quote(long organisationId, long memberId, long finalTotal, Instant createdAt) {
        this.organisationId = organisationId;
        this.memberId = memberId;
        this.finalTotal = finalTotal;
        this.createdAt = createdAt;
    }

    /** "Q-2026-000042": the year it was issued and its row. */
    public String number(int year) {
        return String.format("Q-%d-%06d", year, id);
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getFinalTotal() {
        return finalTotal;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
