package com.bizbill.shared.jobs;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Sets up the job's call context on its thread ({@link JobThread}) and writes the outcome of the execution onto its
 * claim row, so the run history staff see needs nothing from the (per-process) batch job repository. Issue 16 §1: the
 * counts are already on the row (each chunk adds its own); the run ends FAILED when a step failed or an item was left
 * in error, with words saying which. Used by every periodic job.
 */
@Dependent
@Named("jobRunListener")
public class JobRunListener implements JobListener {

    @Inject
    JobContext jobContext;

    @Inject
    JobClaims claims;

    @Inject
    JobThread thread;

    @Override
    public void beforeJob() {
        thread.enter(jobContext.getJobName(), runId(), jobContext.getExecutionId());
    }

    @Override
    public void afterJob() {
        try {
            recordOutcome();
        } finally {
            thread.leave();
        }
    }

    private String runId() {
        return BatchRuntime.getJobOperator().getParameters(jobContext.getExecutionId())
                .getProperty(JobRunService.PARAM_RUN_ID);
    }

    private void recordOutcome() {
        String runId = runId();
        if (runId == null) {
            return; // started outside JobRunService (e.g. by hand in the batch console)
        }
        String failedStep = null;
        for (StepExecution step : BatchRuntime.getJobOperator().getStepExecutions(jobContext.getExecutionId())) {
            if (step.getBatchStatus() != BatchStatus.COMPLETED && failedStep == null) {
                failedStep = step.getStepName();
            }
        }
        long id = Long.parseLong(runId);
        JobRun run = claims.run(id).orElse(null);
        String firstError = run == null ? null : run.getMessage(); // the first item error, in its words
        if (failedStep != null) {
            // issue 17 §4: what went wrong in words; a step that threw has its incident in the log
            claims.finished(id, JobRunStatus.FAILED, firstError != null ? firstError : "step " + failedStep);
        } else if (run != null && run.getItemsInError() > 0) {
            // the items in error were not done; a re-run of the period does them (and only them)
            claims.finished(id, JobRunStatus.FAILED, firstError);
        } else if (JobRun.REFUSED.equals(jobContext.getExitStatus())) {
            claims.finished(id, JobRunStatus.FAILED, JobRun.REFUSED);
        } else {
            claims.finished(id, JobRunStatus.COMPLETED, null);
        }
    }
}
