package com.bizbill.shared.jobs;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Helpers for {@link ChunkWork} implementations. */
public final class Chunks {

    private static final Logger LOG = Logger.getLogger(Chunks.class.getName());

    private Chunks() {
    }

    /** A page of keys after the given one (null: from the start), at most {@code max}, in key order. */
    @FunctionalInterface
    public interface KeyPage<K> {
        List<K> after(K last, int max);
    }

    /**
     * Keys read lazily a page at a time, each page after the last key of the one before (like the
     * {@code SnapshotReader}): restart-safe with the last key as checkpoint, and never the whole set in memory.
     */
    public static <K> Iterator<K> paged(K after, int pageSize, KeyPage<K> page) {
        return new Iterator<>() {
            private final Deque<K> buffer = new ArrayDeque<>();
            private K last = after;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (buffer.isEmpty() && !exhausted) {
                    List<K> next = page.after(last, pageSize);
                    exhausted = next.size() < pageSize;
                    buffer.addAll(next);
                }
                return !buffer.isEmpty();
            }

            @Override
            public K next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                last = buffer.poll();
                return last;
            }
        };
    }

    /**
     * Does each item on its own (the function calls a service method with a transaction of its own) and adds up
     * the outcomes; an item that throws is counted in error with its words and the others go on.
     */
    public static <I> ItemCounts eachItem(List<I> items, Function<I, ItemCounts> one) {
        ItemCounts total = ItemCounts.NONE;
        for (I item : items) {
            try {
                total = total.plus(one.apply(item));
            } catch (RuntimeException e) {
                total = total.plus(ItemCounts.error(item + ": " + words(item, e)));
            }
        }
        return total;
    }

    /**
     * What staff read about an item that could not be processed: a business refusal in its own words; anything else
     * only as an incident id, its trace in the log under that id (as the API and the pages do).
     */
    static String words(Object item, RuntimeException e) {
        Throwable t = e;
        while (t instanceof jakarta.ejb.EJBException && t.getCause() != null && t.getCause() != t) {
            t = t.getCause(); // the container wraps what the service threw
        }
        if (t instanceof com.bizbill.shared.error.BizbillException b) {
            LOG.log(Level.WARNING, "job item " + item + " refused: " + b.getMessage());
            return b.getMessage();
        }
        String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "incident " + incident + ": job item " + item + " not processed", e);
        return "internal error, incident " + incident;
    }

    /** A key as a long (checkpoints of id-keyed works), null when there is none yet. */
    public static Long longKey(Serializable key) {
        return key == null ? null : ((Number) key).longValue();
    }
}
