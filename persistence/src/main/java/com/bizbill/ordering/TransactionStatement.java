package com.bizbill.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * CB-STM-1: an issued transaction statement (거래명세서), numbered by its row; what it lists is printed on its
 * document. It proves payment only; it is not a tax document.
 */
@Entity
@Table(name = "TRANSACTION_STATEMENT")
public class TransactionStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "MEMBER_ID", updatable = false)
    private Long memberId;

    @Column(name = "ORDER_COUNT", nullable = false, updatable = false)
    private int orderCount;

    @Column(name = "TOTAL", nullable = false, updatable = false)
    private long total;

    @Column(name = "ISSUED_AT", nullable = false, updatable = false)
    private Instant issuedAt;

    protected TransactionStatement() {
    }

    public TransactionStatement(long organisationId, Long memberId, int orderCount, long total, Instant issuedAt) {
        this.organisationId = organisationId;
        this.memberId = memberId;
        this.orderCount = orderCount;
        this.total = total;
        this.issuedAt = issuedAt;
    }

    /** "TS-2026-000042": the year it was issued and its row. */
    public String number(int year) {
        return String.format("TS-%d-%06d", year, id);
    }

    public Long getId() {
        return id;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
