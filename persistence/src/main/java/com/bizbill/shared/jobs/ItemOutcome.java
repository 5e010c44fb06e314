package com.bizbill.shared.jobs;

/** What became of one item of a chunk step (issue 16 §1); an item that throws is counted in error instead. */
public enum ItemOutcome {
    DONE, SKIPPED, FAILED
}
