package com.bizbill.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 16 §1: a run's counts are what its chunks added, live, and each attempt counts its own. */
class JobRunCountsTest {

    @Test
    void chunksAddTheirCountsAndTheFirstErrorWhileTheRunGoes() {
        JobRun run = new JobRun("invoice-auto-charge", "2026-11-20", "schedule", Instant.EPOCH);
        run.counted(new ItemCounts(18, 1, 1, 0, 900_000, null));
        run.counted(ItemCounts.of(ItemOutcome.DONE, 50_000).plus(ItemCounts.error("invoice 7: refused")));
        run.counted(ItemCounts.error("invoice 9: later"));

        assertThat(run.getItemsWritten()).isEqualTo(19);
        assertThat(run.getItemsSkipped()).isEqualTo(1);
        assertThat(run.getItemsFailed()).isEqualTo(1);
        assertThat(run.getItemsInError()).isEqualTo(2);
        assertThat(run.getAmount()).isEqualTo(950_000);
        assertThat(run.getMessage()).isEqualTo("invoice 7: refused"); // the first error, for staff while it runs
    }

    @Test
    void aReRunCountsOnlyWhatItDidItself() {
        JobRun run = new JobRun("usage-collection", "2026-11", "schedule", Instant.EPOCH);
        run.counted(new ItemCounts(5, 0, 0, 1, 500, "store 3: lock timeout"));
        run.failed("1 item(s) could not be processed", Instant.EPOCH);
        run.restart("staff", Instant.EPOCH.plusSeconds(60));
        assertThat(run.getItemsWritten()).isZero();
        assertThat(run.getItemsInError()).isZero();
        assertThat(run.getAmount()).isZero();
        assertThat(run.getMessage()).isNull();
        run.counted(new ItemCounts(1, 5, 0, 0, 100, null));
        run.completed(null, Instant.EPOCH.plusSeconds(70));
        assertThat(run.getItemsWritten()).isEqualTo(1);
        assertThat(run.getItemsSkipped()).isEqualTo(5);
    }

    @Test
    void countsAddUpExactlyAndRefuseNonsense() {
        assertThat(ItemCounts.NONE.plus(ItemCounts.of(ItemOutcome.SKIPPED)).items()).isEqualTo(1);
        assertThatThrownBy(() -> new ItemCounts(0, 0, 0, 0, Long.MAX_VALUE, null).plus(ItemCounts.of(ItemOutcome.DONE, 1)))
                .isInstanceOf(ArithmeticException.class);
        JobRun run = new JobRun("x", "2026-11", "s", Instant.EPOCH);
        assertThatThrownBy(() -> run.counted(new ItemCounts(-1, 0, 0, 0, 0, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
