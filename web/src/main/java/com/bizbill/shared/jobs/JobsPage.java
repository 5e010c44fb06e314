package com.bizbill.shared.jobs;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Admin: start a periodic job for a period and see the run history with status. */
@Named
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @Inject
    JobRunService jobs;

    @Inject
    CurrentMember member;

    @Inject
    com.bizbill.shared.time.DemoClockService clock;

    @NotNull
    private PeriodicJob job = PeriodicJob.LEDGER_SNAPSHOT;

    @NotNull
    private LocalDate period;

    private int page;

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
        JobRun run = jobs.start(job, getPeriod().toString(), member.actor());
        Messages.info("jobs.started", job.jobXmlName(), run.getPeriod(), run.getId());
    }

    public Page<JobRun> getHistory() {
        return jobs.history(page, PAGE_SIZE);
    }

    public boolean isAnyRunning() {
        return getHistory().items().stream().anyMatch(r -> r.getStatus() == JobRunStatus.RUNNING);
    }

    public void next() {
        if ((page + 1) * PAGE_SIZE < getHistory().total()) {
            page++;
        }
    }

    public void previous() {
        page = Math.max(0, page - 1);
    }

    public List<PeriodicJob> getJobChoices() {
        return Arrays.asList(PeriodicJob.values());
    }

    public PeriodicJob getJob() {
        return job;
    }

    public void setJob(PeriodicJob job) {
        this.job = job;
    }

    public void setPeriod(LocalDate period) {
        this.period = period;
    }

    public int getPage() {
        return page;
    }
}
