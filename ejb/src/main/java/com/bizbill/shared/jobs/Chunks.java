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
                LOG.log(Level.WARNING, "job item " + item + " not processed", e);
                total = total.plus(ItemCounts.error(item + ": " + words(e)));
            }
        }
        return total;
    }

    /** The innermost message of an exception (an EJBException wraps the service's own). */
    static String words(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t
                && (t instanceof jakarta.ejb.EJBException || t.getMessage() == null)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A key as a long (checkpoints of id-keyed works), null when there is none yet. */
    public static Long longKey(Serializable key) {
        return key == null ? null : ((Number) key).longValue();
    }
}
