package com.bizbill.shared.jobs;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * The work of one chunk step (issue 16 §1, design.md "Batch and schedules"), declared by its business context as a
 * {@code @Named} CDI bean and run by the batch module's generic reader and writer ({@code workReader},
 * {@code workWriter}): which items are still to do for a period, and doing a chunk of them.
 * <p>
 * Rules for implementations: {@link #items} selects only what is not done yet (by business keys), so a re-run after
 * a crash finishes what a dead run left with nothing done twice; {@link #process} does each item in a transaction of
 * its own ({@code REQUIRES_NEW} or a {@code NOT_SUPPORTED} service whose steps commit), never in the chunk's, and
 * counts an item that throws as in error instead of stopping the others ({@link Chunks#eachItem}).
 *
 * @param <I> an item: a key (an id) or a small value carrying its key
 */
public interface ChunkWork<I> {

    /**
     * The items still to do for {@code period} in {@code partition}, in a stable order, after the item whose key
     * is {@code after} (null: from the start). Read lazily, a page at a time, where there can be many.
     */
    Iterator<I> items(String period, JobPartition partition, Serializable after);

    /** The checkpoint of an item: its key, small and serializable. */
    Serializable keyOf(I item);

    /** Does a chunk of items, each in its own transaction, and says what became of them. */
    ItemCounts process(String period, List<I> items);

    /** The partition has read and done all its items with none in error (e.g. a polling cursor moves on). */
    default void finished(String period, JobPartition partition) {
    }
}
