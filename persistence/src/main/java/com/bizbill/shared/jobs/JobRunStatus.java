package com.bizbill.shared.jobs;

/** Where a claimed job + period stands. */
public enum JobRunStatus {
    RUNNING, COMPLETED, FAILED;

    /**
     * Issue 15 §3: the run's transitions in one table. A RUNNING run ends COMPLETED or FAILED; any run
     * is claimed again (→ RUNNING) for another attempt: a finished or failed one, or a RUNNING one whose
     * execution is dead (the claim checks that it is not alive before taking it over).
     */
    public boolean canBecome(JobRunStatus target) {
        return target == RUNNING || this == RUNNING;
    }
}
