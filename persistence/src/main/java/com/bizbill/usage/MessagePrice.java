package com.bizbill.usage;

import com.bizbill.messaging.MessageType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * NB-PRICE-1: a unit price (won, VAT excluded) of a message type from a day on, for every store or, by
 * contract, for one store. Prices are data: a new price is a new row; rows are never changed.
 */
@Entity
@Table(name = "MESSAGE_PRICE")
public class MessagePrice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "MESSAGE_TYPE", nullable = false, length = 10, updatable = false)
    private MessageType type;

    /** Null: the list price for all stores; otherwise a contract price of this store. */
    @Column(name = "STORE_ID", updatable = false)
    private Long storeId;

    @Column(name = "VALID_FROM", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "UNIT_PRICE", nullable = false, updatable = false)
    private long unitPrice;

    @Column(name = "CREATED_BY", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    protected MessagePrice() {
    }

    public MessagePrice(MessageType type, Long storeId, LocalDate validFrom, long unitPrice, String createdBy,
                        Instant createdAt) {
        if (unitPrice < 0) {
            throw new IllegalArgumentException("a unit price is not negative");
        }
        this.type = type;
        this.storeId = storeId;
        this.validFrom = validFrom;
        this.unitPrice = unitPrice;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public PriceBook.Price toPrice() {
        return new PriceBook.Price(type, storeId, validFrom, unitPrice);
    }

    public Long getId() {
        return id;
    }

    public MessageType getType() {
        return type;
    }

    public Long getStoreId() {
        return storeId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public long getUnitPrice() {
        return unitPrice;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
