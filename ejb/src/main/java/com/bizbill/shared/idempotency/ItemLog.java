package com.bizbill.shared.idempotency;

import java.util.Optional;

/**
 * Issue 13 §4: the items of a batch call recorded one by one under its {@code Idempotency-Key}, so a
 * repeat after a failure never does an item twice. {@link #start} is committed before the item's side
 * effect, {@link #finish} after it.
 */
public interface ItemLog {

    /** Records nothing: for callers without an {@code Idempotency-Key} (pages, jobs, tests). */
    ItemLog NONE = new ItemLog() {
        @Override
        public Optional<Outcome> start(int index) {
            return Optional.empty();
        }

        @Override
        public void finish(int index, Long resultId, String errorCode, String error) {
        }
    };

    /**
     * Empty: the item was never started; it is now recorded as started and is to be done. Present: what an
     * earlier attempt recorded ({@link Outcome#done()} false: started, the outcome unknown — it may have
     * happened, so it is not done again).
     */
    Optional<Outcome> start(int index);

    void finish(int index, Long resultId, String errorCode, String error);

    /** What an earlier attempt recorded for an item. */
    record Outcome(boolean done, Long resultId, String errorCode, String error) {
    }
}
