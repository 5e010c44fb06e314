package com.bizbill.shared.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Issue 13 §4: one item of a batch call under an {@code Idempotency-Key} (e.g. one message of
 * {@code POST /messages/batch}). Written, and committed, before the item's side effect (the gateway
 * call); its outcome is written after. A repeat of the batch after a failure answers the items that
 * are done from here, never does an item twice, and does only the items that were never started.
 * An item started but without an outcome may have happened: it is answered as unknown, not repeated.
 */
@Entity
@Table(name = "IDEMPOTENCY_ITEM")
public class IdempotencyItem {

    @Id
    @SequenceGenerator(name = "IDEMPOTENCY_ITEM_SEQ", sequenceName = "IDEMPOTENCY_ITEM_SEQ",
            allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "IDEMPOTENCY_ITEM_SEQ")
    private Long id;

    @Column(name = "RECORD_ID", nullable = false, updatable = false)
    private long recordId;

    @Column(name = "ITEM_INDEX", nullable = false, updatable = false)
    private int itemIndex;

    /** False from the claim until the outcome is written. */
    @Column(nullable = false)
    private boolean done;

    /** The id of what the item made (a usage record), if it made something. */
    @Column(name = "RESULT_ID")
    private Long resultId;

    @Column(name = "ERROR_CODE", length = 60)
    private String errorCode;

    @Column(name = "ERROR_MESSAGE", length = 1000)
    private String error;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyItem() {
    }

    public IdempotencyItem(long recordId, int itemIndex, Instant createdAt) {
        this.recordId = recordId;
        this.itemIndex = itemIndex;
        this.createdAt = createdAt;
    }

    public void finish(Long resultId, String errorCode, String error) {
        this.done = true;
        this.resultId = resultId;
        this.errorCode = errorCode;
        this.error = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    public int getItemIndex() {
        return itemIndex;
    }

    public boolean isDone() {
        return done;
    }

    public Long getResultId() {
        return resultId;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public String getError() {
        return error;
    }
}
