package com.bizbill.ledger;

import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/**
 * The ledger is append-only (design.md): a mistake is corrected by a reversing entry,
 * never by changing or deleting a posted one.
 */
public class AppendOnlyGuard {

    @PreUpdate
    void refuseUpdate(Object entity) {
        throw new IllegalStateException("ledger is append-only: " + entity.getClass().getSimpleName() + " cannot be changed");
    }

    @PreRemove
    void refuseRemove(Object entity) {
        throw new IllegalStateException("ledger is append-only: " + entity.getClass().getSimpleName() + " cannot be removed");
    }
}
