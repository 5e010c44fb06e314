package com.bizbill.shared.jobs;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * A {@link ChunkWork} whose items are row ids (the usual case): read a page at a time in id order after the
 * checkpointed id, each done on its own with an item that throws counted in error.
 */
public abstract class IdWork implements ChunkWork<Long> {

    /** Ids read per query. */
    protected static final int PAGE = 500;

    /** Up to {@code max} ids still to do for the period in the partition, in id order after {@code after} (null: all). */
    protected abstract List<Long> ids(String period, JobPartition partition, Long after, int max);

    /** Does one item in a transaction of its own. */
    protected abstract ItemCounts one(String period, long id);

    @Override
    public Iterator<Long> items(String period, JobPartition partition, Serializable after) {
        return Chunks.paged(Chunks.longKey(after), PAGE, (last, max) -> ids(period, partition, last, max));
    }

    @Override
    public Serializable keyOf(Long id) {
        return id;
    }

    @Override
    public ItemCounts process(String period, List<Long> ids) {
        return Chunks.eachItem(ids, id -> one(period, id));
    }

    /** Done, or nothing to do (false). */
    protected static ItemCounts doneOrSkipped(boolean done) {
        return ItemCounts.of(done ? ItemOutcome.DONE : ItemOutcome.SKIPPED);
    }

    /** Done, a business failure (false), or nothing to do any more (null). */
    protected static ItemCounts doneFailedOrSkipped(Boolean done) {
        return ItemCounts.of(done == null ? ItemOutcome.SKIPPED : done ? ItemOutcome.DONE : ItemOutcome.FAILED);
    }
}
