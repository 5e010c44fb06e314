package com.bizbill.shared.jobs;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes the outcome of a job execution onto its claim row (status, items written), so the run
 * history staff see needs nothing from the batch job repository. Used by every periodic job.
 */
@Dependent
@Named("jobRunListener")
public class JobRunListener implements JobListener {

    @Inject
    JobContext jobContext;

    @Inject
    JobClaims claims;

    @Override
    public void beforeJob() {
        // nothing: the claim was taken before the job started
    }

    @Override
    public void afterJob() {
        String runId = BatchRuntime.getJobOperator().getParameters(jobContext.getExecutionId())
                .getProperty(JobRunService.PARAM_RUN_ID);
        if (runId == null) {
            return; // started outside JobRunService (e.g. by hand in the batch console)
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        List<StepExecution> steps = operator.getStepExecutions(jobContext.getExecutionId());
        long written = 0;
        boolean failed = false;
        String message = null;
        for (StepExecution step : steps) {
            for (Metric m : step.getMetrics()) {
                if (m.getType() == Metric.MetricType.WRITE_COUNT) {
                    written += m.getValue();
                }
            }
            if (step.getBatchStatus() != BatchStatus.COMPLETED) {
                failed = true;
                message = "step " + step.getStepName() + " " + step.getBatchStatus() + " " + step.getExitStatus();
            }
        }
        if (message == null && jobContext.getExitStatus() != null && !"COMPLETED".equals(jobContext.getExitStatus())) {
            message = jobContext.getExitStatus(); // e.g. a batchlet's counts
        }
        claims.finished(Long.parseLong(runId), failed ? JobRunStatus.FAILED : JobRunStatus.COMPLETED, written, message);
    }
}
