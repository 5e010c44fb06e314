package com.bizbill.shared.jobs;

/**
 * One partition of a partitioned chunk step: {@code index} of {@code count} (a step that is not partitioned is
 * partition 0 of 1). Works split their items by a key that keeps what must stay in order together.
 */
public record JobPartition(int index, int count) implements java.io.Serializable {

    public static final JobPartition WHOLE = new JobPartition(0, 1);

    public JobPartition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("partition " + index + " of " + count);
        }
    }

    /** Whether the key falls in this partition. */
    public boolean holds(long key) {
        return Math.floorMod(key, (long) count) == index;
    }
}
