package com.bizbill.shared.jobs;

/**
 * What a chunk of a job did (issue 16 §1), added to its run's claim row as the chunk ends, so the run history
 * shows the counts live: Jakarta Batch keeps its own metrics only at step end, and in a per-process repository.
 *
 * @param done    items whose work was done (a bill written, an invoice charged, a notice sent)
 * @param skipped items there was nothing to do for any more (done by an earlier run, an attempt still open)
 * @param failed  items tried whose outcome was a business failure (a declined card, an unreachable store)
 * @param inError items that could not be processed (an exception); the run ends FAILED and a re-run tries them
 * @param amount  won moved by the done items (charged, billed), 0 where the job moves no money
 * @param firstError words of the first error, for the run's message (null when none)
 */
public record ItemCounts(long done, long skipped, long failed, long inError, long amount, String firstError) {

    public static final ItemCounts NONE = new ItemCounts(0, 0, 0, 0, 0, null);

    public static ItemCounts of(ItemOutcome outcome) {
        return of(outcome, 0);
    }

    public static ItemCounts of(ItemOutcome outcome, long amount) {
        return switch (outcome) {
            case DONE -> new ItemCounts(1, 0, 0, 0, amount, null);
            case SKIPPED -> new ItemCounts(0, 1, 0, 0, 0, null);
            case FAILED -> new ItemCounts(0, 0, 1, 0, 0, null);
        };
    }

    public static ItemCounts error(String words) {
        return new ItemCounts(0, 0, 0, 1, 0, words == null ? "error" : words);
    }

    public ItemCounts plus(ItemCounts o) {
        return new ItemCounts(done + o.done, skipped + o.skipped, failed + o.failed, inError + o.inError,
                Math.addExact(amount, o.amount), firstError != null ? firstError : o.firstError);
    }

    public long items() {
        return done + skipped + failed + inError;
    }
}
