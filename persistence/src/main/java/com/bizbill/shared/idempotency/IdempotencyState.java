package com.bizbill.shared.idempotency;

/** Where the first request of an {@code Idempotency-Key} is (issue 13 §4). */
public enum IdempotencyState {
    /** Running now; a concurrent repeat is refused (409). */
    IN_PROGRESS,
    /** Failed after a side effect: the key is kept, and a repeat of the same request resumes the work. */
    INTERRUPTED,
    /** Answered; a repeat gets the same answer. */
    DONE
}
