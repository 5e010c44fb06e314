package com.bizbill.billing.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Every call the sandbox payment gateway answered, for the staff screen (design.md "External systems"). */
@Entity
@Table(name = "SANDBOX_PG_CALL")
public class SandboxCall {

    @Id
    @SequenceGenerator(name = "SANDBOX_PG_CALL_SEQ", sequenceName = "SANDBOX_PG_CALL_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SANDBOX_PG_CALL_SEQ") // issue 13 §6: no identity contention
    private Long id;

    @Column(name = "CALLED_AT", nullable = false)
    private Instant calledAt;

    @Column(nullable = false, length = 30)
    private String operation;

    @Column(name = "ORDER_ID", length = 100)
    private String orderId;

    private Long amount;

    @Column(nullable = false, length = 200)
    private String outcome;

    protected SandboxCall() {
    }

    public SandboxCall(Instant calledAt, String operation, String orderId, Long amount, String outcome) {
        this.calledAt = calledAt;
        this.operation = operation;
        this.orderId = orderId;
        this.amount = amount;
        this.outcome = outcome == null || outcome.length() <= 200 ? outcome : outcome.substring(0, 200);
    }

    public Long getId() {
        return id;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public String getOperation() {
        return operation;
    }

    public String getOrderId() {
        return orderId;
    }

    public Long getAmount() {
        return amount;
    }

    public String getOutcome() {
        return outcome;
    }
}
