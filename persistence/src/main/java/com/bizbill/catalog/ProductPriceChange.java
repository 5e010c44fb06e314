package com.bizbill.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Issue 19 §3: every sale price an option had, with the moment it applies from and who set it (append-only; the
 * first row is the default price the catalog gave a new option).
 */
@Entity
@Table(name = "CATALOG_PRICE_CHANGE")
public class ProductPriceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "OPTION_ID", nullable = false, updatable = false)
    private long optionId;

    @Column(nullable = false, updatable = false)
    private long price;

    @Column(name = "EFFECTIVE_FROM", nullable = false, updatable = false)
    private Instant effectiveFrom;

    @Column(name = "CHANGED_BY", nullable = false, length = 100, updatable = false)
    private String changedBy;

    @Column(name = "CHANGED_AT", nullable = false, updatable = false)
    private Instant changedAt;

    protected ProductPriceChange() {
    }

    public ProductPriceChange(long optionId, long price, Instant effectiveFrom, String changedBy, Instant changedAt) {
        this.optionId = optionId;
        this.price = price;
        this.effectiveFrom = effectiveFrom;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long getOptionId() {
        return optionId;
    }

    public long getPrice() {
        return price;
    }

    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
