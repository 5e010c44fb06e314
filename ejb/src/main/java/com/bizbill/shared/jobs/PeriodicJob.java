package com.bizbill.shared.jobs;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * A periodic job: its job XML name and when its periods fall due. Issue 16 §1: each business context declares its
 * own jobs as constants of its {@link JobCatalog} ({@code BillingJobs}, {@code UsageJobs} …), with its own calendar
 * where the kind of period's plain rule ({@link JobPeriod}: the current hour, today, this month) is not enough;
 * {@code shared} knows only the kinds of period and starts whatever the catalogs declare.
 */
public final class PeriodicJob {

    private final String jobXmlName;
    private final JobPeriod period;
    private final BiFunction<ZonedDateTime, Integer, List<String>> due;
    private final BiPredicate<String, ZonedDateTime> valid;
    private final PeriodicJob after;
    private final boolean byDay;

    private PeriodicJob(String jobXmlName, JobPeriod period, BiFunction<ZonedDateTime, Integer, List<String>> due,
                        BiPredicate<String, ZonedDateTime> valid, PeriodicJob after) {
        this(jobXmlName, period, due, valid, after, true);
    }

    private PeriodicJob(String jobXmlName, JobPeriod period, BiFunction<ZonedDateTime, Integer, List<String>> due,
                        BiPredicate<String, ZonedDateTime> valid, PeriodicJob after, boolean byDay) {
        this.jobXmlName = jobXmlName;
        this.period = period;
        this.due = due;
        this.valid = valid;
        this.after = after;
        this.byDay = byDay;
    }

    /**
     * The same job, whose periods are not days (issue 21: an order's number): the staff screen, which starts a job
     * for a picked day, does not offer it; the API and its own scheduler start it for its periods.
     */
    public PeriodicJob notByDay() {
        return new PeriodicJob(jobXmlName, period, due, valid, after, false);
    }

    /** A job of the given kind of period, due and valid by that kind's plain rule. */
    public static PeriodicJob of(String jobXmlName, JobPeriod period) {
        return new PeriodicJob(jobXmlName, period, period::current, period::isValid, null);
    }

    /** The same job falling due by the context's own calendar: the due periods at {@code now}, newest first. */
    public PeriodicJob dueWhen(BiFunction<ZonedDateTime, Integer, List<String>> calendar) {
        return new PeriodicJob(jobXmlName, period, calendar, valid, after);
    }

    /** The same job, startable only for the periods the context's calendar allows. */
    public PeriodicJob validWhen(BiPredicate<String, ZonedDateTime> rule) {
        return new PeriodicJob(jobXmlName, period, due, rule, after);
    }

    /** The same job, which starts for a period only once {@code first} has completed it (NB-CYC-1 order). */
    public PeriodicJob after(PeriodicJob first) {
        return new PeriodicJob(jobXmlName, period, due, valid, first);
    }

    /** The job XML name (META-INF/batch-jobs), also the job's name in the run history and the API. */
    public String jobXmlName() {
        return jobXmlName;
    }

    public JobPeriod period() {
        return period;
    }

    /** The periods that are due at {@code now}, newest first, looking back to catch up after downtime. */
    public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
        return due.apply(now, lookbackDays);
    }

    /** Whether staff may start this period now (well-formed, not in the future, a day of the job's calendar). */
    public boolean isValidPeriod(String period, ZonedDateTime now) {
        return period != null && valid.test(period, now);
    }

    /** The job whose run of the same period must have completed before this one starts. */
    public Optional<PeriodicJob> after() {
        return Optional.ofNullable(after);
    }

    /** The period of this job that a day picked on the staff screen stands for. */
    public String periodFor(LocalDate day, ZonedDateTime now) {
        return period.periodFor(day, now);
    }

    /** Whether staff start it from the jobs screen by picking a day (not a file import: a file starts it). */
    public boolean startableByStaff() {
        return period != JobPeriod.FILE && byDay;
    }

    /** Whether the operator's systems start it by the API for a period they name (not a file import). */
    public boolean startableByApi() {
        return period != JobPeriod.FILE;
    }

    @Override
    public String toString() {
        return jobXmlName;
    }
}
