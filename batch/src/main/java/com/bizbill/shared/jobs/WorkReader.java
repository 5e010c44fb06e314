package com.bizbill.shared.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;

/**
 * Issue 16 §1: the reader of every chunk step over a context's {@link ChunkWork} (property {@code work}: its bean
 * name). It hands out the work's items still to do for the job's period, in the partition given by the partition
 * plan (none: the whole), and checkpoints the key of the last one, so a restart resumes after it; the work's own
 * business keys make a re-run of a dead run finish what it left with nothing done twice.
 */
@jakarta.enterprise.context.Dependent
@Named("workReader")
public class WorkReader extends AbstractItemReader {

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
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    Instance<ChunkWork<?>> works;

    @Inject
    JobContext jobContext;

    @Inject
    JobThread thread;

    @Inject
    JobClaims claims;

    private ChunkWork<Object> chunkWork;
    private Iterator<?> items;
    private Serializable lastKey;
    private boolean exhausted;

    @Override
    @SuppressWarnings("unchecked")
    public void open(Serializable checkpoint) {
        thread.enter(jobContext.getJobName(), runId, jobContext.getExecutionId()); // a partition's own thread
        chunkWork = (ChunkWork<Object>) select(works, work);
        lastKey = checkpoint;
        items = chunkWork.items(period, partition(partition, partitions), checkpoint);
    }

    @Override
    public Object readItem() {
        if (!items.hasNext()) {
            exhausted = true;
            return null;
        }
        Object item = items.next();
        lastKey = chunkWork.keyOf(item);
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastKey;
    }

    @Override
    public void close() {
        try {
            // every item was read and none is in error (the writer has counted them on the run by now)
            if (exhausted && noItemInError()) {
                chunkWork.finished(period, partition(partition, partitions));
            }
        } finally {
            works.destroy(chunkWork);
            thread.leave();
        }
    }

    private boolean noItemInError() {
        return runId == null || runId.isBlank()
                || claims.run(Long.parseLong(runId)).map(r -> r.getItemsInError() == 0).orElse(true);
    }

    /** The work bean of the given name. */
    static ChunkWork<?> select(Instance<ChunkWork<?>> works, String name) {
        Instance<ChunkWork<?>> named = works.select(NamedLiteral.of(name));
        if (!named.isResolvable()) {
            throw new IllegalStateException("no chunk work named " + name);
        }
        return named.get();
    }

    /** The partition from the plan's properties (a step that is not partitioned has none: the whole). */
    static JobPartition partition(String index, String count) {
        if (index == null || index.isBlank() || count == null || count.isBlank()) {
            return JobPartition.WHOLE;
        }
        return new JobPartition(Integer.parseInt(index), Integer.parseInt(count));
    }
}
