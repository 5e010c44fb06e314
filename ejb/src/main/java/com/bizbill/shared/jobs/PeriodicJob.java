package com.bizbill.shared.jobs;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A periodic job: its job XML name and when its periods fall due. Issue 16 §1: each business context declares
 * its own jobs (an enum per context, listed by its {@link JobCatalog}); {@code shared} knows only the kinds of
 * period ({@link JobPeriod}) and starts whatever the catalogs declare.
 */
public interface PeriodicJob {

    /** The job XML name (META-INF/batch-jobs), also the job's name in the run history and the API. */
    String jobXmlName();

    /** What one period of the job is. */
    JobPeriod period();

    /** The periods that are due at {@code now}, newest first, looking back to catch up after downtime. */
    List<String> duePeriods(ZonedDateTime now, int lookbackDays);

    /** Whether staff may start this period now (well-formed, not in the future). */
    boolean isValidPeriod(String period, ZonedDateTime now);

    /** The job whose run of the same period must have completed before this one starts. */
    default Optional<PeriodicJob> after() {
        return Optional.empty();
    }

    /** The period of this job that a day picked on the staff screen stands for. */
    default String periodFor(LocalDate day, ZonedDateTime now) {
        return period().periodFor(day, now);
    }

    /** Whether staff start it from the jobs screen by picking a day (not a file import: a file starts it). */
    default boolean startableByStaff() {
        return period() != JobPeriod.FILE;
    }
}
