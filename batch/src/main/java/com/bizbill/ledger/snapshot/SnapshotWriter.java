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

    @jakarta.inject.Inject
    com.bizbill.shared.jobs.JobClaims claims;

    @jakarta.inject.Inject
    @jakarta.batch.api.BatchProperty
    String runId;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            em.persist((BalanceSnapshot) item);
        }
        if (runId != null && !runId.isBlank()) { // issue 16 §1: live counts on the run's claim row
            claims.counted(Long.parseLong(runId), new com.bizbill.shared.jobs.ItemCounts(items.size(), 0, 0, 0, 0, null));
        }
    }
}
