package com.bizbill.ledger.snapshot;

import com.bizbill.ledger.SnapshotService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** Account id to its balance snapshot at the end of the day (balance derived from postings). */
@Dependent
@Named("snapshotProcessor")
public class SnapshotProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String period;

    @Inject
    SnapshotService snapshots;

    @Override
    public Object processItem(Object item) {
        return snapshots.snapshot((Long) item, LocalDate.parse(period));
    }
}
