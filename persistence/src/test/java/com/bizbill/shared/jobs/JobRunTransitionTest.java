package com.bizbill.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15 §3: a job run's states as a table of allowed and refused moves (the claim is the only way back to RUNNING). */
class JobRunTransitionTest {

    @ParameterizedTest(name = "{0} -> {1} is {2}")
    @CsvSource({
            "RUNNING, COMPLETED, allowed",
            "RUNNING, FAILED, allowed",
            "RUNNING, RUNNING, allowed", // a dead execution's run is taken over
            "COMPLETED, RUNNING, allowed", // staff re-run
            "FAILED, RUNNING, allowed", // another attempt
            "COMPLETED, FAILED, refused",
            "COMPLETED, COMPLETED, refused",
            "FAILED, COMPLETED, refused",
            "FAILED, FAILED, refused",
    })
    void theTableAndTheRunAgree(JobRunStatus from, JobRunStatus to, String expected) throws Exception {
        boolean allowed = expected.equals("allowed");
        assertThat(from.canBecome(to)).isEqualTo(allowed);
        JobRun run = runIn(from);
        Runnable move = switch (to) {
            case RUNNING -> () -> run.restart("staff", Instant.EPOCH);
            case COMPLETED -> () -> run.completed(null, Instant.EPOCH);
            case FAILED -> () -> run.failed("step failed", Instant.EPOCH);
        };
        if (allowed) {
            move.run();
            assertThat(run.getStatus()).isEqualTo(to);
        } else {
            String before = run.getMessage();
            assertThatThrownBy(move::run).isInstanceOf(IllegalStateException.class).hasMessageContaining(from.name());
            assertThat(run.getStatus()).isEqualTo(from);
            assertThat(run.getMessage()).as("the first outcome is kept").isEqualTo(before);
        }
    }

    private static JobRun runIn(JobRunStatus status) throws Exception {
        JobRun run = new JobRun("job", "2026-05", "test", Instant.EPOCH);
        Field f = JobRun.class.getDeclaredField("status");
        f.setAccessible(true);
        f.set(run, status);
        return run;
    }
}
