package com.bizbill.ledger.snapshot;

import com.bizbill.ledger.BalanceSnapshot;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Persists a chunk of snapshots through JPA; the persistence context joins the chunk transaction. */
@Dependent
@Named("snapshotWriter")
public class SnapshotWriter extends AbstractItemWriter {

    @PersistenceContext
    EntityManager em;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            em.persist((BalanceSnapshot) item);
        }
    }
}
