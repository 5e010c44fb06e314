package com.bizbill.shared.jobs;

import com.bizbill.shared.Page;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import com.bizbill.shared.web.Pager;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Admin: start a periodic job for a period and see the run history with status. */
@Named
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobRunService jobs;

    @Inject
    com.bizbill.shared.time.DemoClockService clock;

    @Inject
    PeriodicJobs periodicJobs;

    @NotNull
    private PeriodicJob job;

    @NotNull
    private LocalDate period;

    private final Pager pager = new Pager(20);

    /** History filters (null: all). */
    private PeriodicJob shownJob;
    private JobRunStatus shownStatus;

    public LocalDate getPeriod() {
        if (period == null) {
            period = clock.now().toLocalDate().minusDays(1);
        }
        return period;
    }

    public LocalDate getMaxDate() {
        return clock.now().toLocalDate();
    }

    public void start() {
        JobRun run;
        run = jobs.start(job, job.periodFor(getPeriod(), clock.now()));
        Messages.info("jobs.started", job.jobXmlName(), run.getPeriod(), run.getId());
    }

    public Page<JobRun> getHistory() {
        return jobs.history(shownJob, shownStatus, pager.page(), pager.size());
    }

    public boolean isAnyRunning() {
        return getHistory().items().stream().anyMatch(r -> r.getStatus() == JobRunStatus.RUNNING);
    }

    public void next() {
        pager.next(getHistory().total());
    }

    public void previous() {
        pager.previous();
    }

    /** A filter changed: back to the newest runs. */
    public void filter() {
        pager.first();
    }

    public List<PeriodicJob> getAllJobs() {
        return periodicJobs.all();
    }

    public JobRunStatus[] getStatuses() {
        return JobRunStatus.values();
    }

    public PeriodicJob getShownJob() {
        return shownJob;
    }

    public void setShownJob(PeriodicJob shownJob) {
        this.shownJob = shownJob;
    }

    public JobRunStatus getShownStatus() {
        return shownStatus;
    }

    public void setShownStatus(JobRunStatus shownStatus) {
        this.shownStatus = shownStatus;
    }

    public List<PeriodicJob> getJobChoices() {
        return periodicJobs.startableByStaff();
    }

    public PeriodicJob getJob() {
        if (job == null) {
            job = periodicJobs.byXmlName("ledger-snapshot").orElse(null);
        }
        return job;
    }

    public void setJob(PeriodicJob job) {
        this.job = job;
    }

    public void setPeriod(LocalDate period) {
        this.period = period;
    }

    public int getPage() {
        return pager.page();
    }

    /**
     * Issue 17 §4: what a run's message says, in words: why it failed (the first item's error, with its incident id
     * when it was not a business refusal), a refused file, or nothing to add to its counts.
     */
    public String describe(JobRun r) {
        if (r.getStatus() != JobRunStatus.FAILED) {
            return r.getMessage() == null ? "" : r.getMessage();
        }
        if (JobRun.REFUSED.equals(r.getMessage())) {
            return Messages.get("jobs.msg.refused");
        }
        if (r.getItemsInError() > 0) {
            return Messages.get("jobs.msg.itemsInError", r.getItemsInError(), r.getMessage());
        }
        return Messages.get("jobs.msg.failed", r.getMessage() == null ? "" : r.getMessage());
    }

    /** A job's name in words; a run of a job the application does not declare (a test's claim) keeps its own name. */
    public String jobLabel(String jobName) {
        return Messages.labels().code("Job", jobName);
    }

    /**
     * Issue 17 §3: a run's period as people read it: "2026년 12월" for a month, "2026-12-04 12:40" for a slot
     * (stored as the ISO key "2026-12-04T12:40"), a day as it is; anything else (a file's key) unchanged.
     */
    public String period(String key) {
        if (key == null) {
            return "";
        }
        if (key.matches("\\d{4}-\\d{2}")) {
            return Messages.formats().month(java.time.YearMonth.parse(key));
        }
        if (key.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?")) {
            return key.substring(0, 16).replace('T', ' ');
        }
        return key;
    }
}
