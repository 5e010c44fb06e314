package com.bizbill.shared.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Issue 16 §1: the writer of every chunk step over a {@link ChunkWork}. The work does the chunk's items in
 * transactions of their own (never the chunk's, which holds only the checkpoint), then the chunk's counts go onto
 * the run's claim row at once, so the history shows done, skipped and failed while the run goes.
 */
@jakarta.enterprise.context.Dependent
@Named("workWriter")
public class WorkWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String work;

    @Inject
    @BatchProperty
    String period;

    @Inject
    @BatchProperty
    String runId;

    @Inject
    Instance<ChunkWork<?>> works;

    @Inject
    JobClaims claims;

    private ChunkWork<Object> chunkWork;

    @Override
    @SuppressWarnings("unchecked")
    public void open(java.io.Serializable checkpoint) {
        chunkWork = (ChunkWork<Object>) WorkReader.select(works, work);
    }

    @Override
    public void writeItems(List<Object> items) {
        ItemCounts counts = chunkWork.process(period, items);
        if (runId != null && !runId.isBlank()) {
            claims.counted(Long.parseLong(runId), counts);
        }
    }

    @Override
    public void close() {
        works.destroy(chunkWork);
    }
}
