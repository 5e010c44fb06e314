package com.bizbill.shared.jobs;

import com.bizbill.shared.context.Actor;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.context.Channel;
import com.bizbill.shared.context.RequestIds;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes the outcome of a job execution onto its claim row (status, items written), so the run
 * history staff see needs nothing from the batch job repository. Used by every periodic job.
 * <p>
 * Issue 15 §1: a batch thread has no request scope, so {@link #beforeJob} activates one with the standard
 * CDI {@link RequestContextController} (Payara Micro's Weld supports it; the job runs its steps on the
 * listener's thread, no partitions or splits are used) and fills the {@link CallContext} with the job and
 * who started it ({@code job:<name> by <staff>}); services and the audit trail read it as in a request.
 * The run's request id ({@code job-<run>-<execution>}) is on every log line of the job.
 */
@Dependent
@Named("jobRunListener")
public class JobRunListener implements JobListener {

    @Inject
    JobContext jobContext;

    @Inject
    JobClaims claims;

    @Inject
    JobRunService runs;

    @Inject
    RequestContextController requestContext;

    @Inject
    CallContext callContext;

    private boolean activated;

    @Override
    public void beforeJob() {
        activated = requestContext.activate();
        String runId = BatchRuntime.getJobOperator().getParameters(jobContext.getExecutionId())
                .getProperty(JobRunService.PARAM_RUN_ID);
        String startedBy = runId == null ? null : runs.find(Long.parseLong(runId)).getStartedBy();
        callContext.set(Actor.job(jobContext.getJobName(), startedBy), null, null, null, Channel.JOB);
        String requestId = "job-" + (runId == null ? "" : runId + "-") + jobContext.getExecutionId();
        callContext.requestId(requestId);
        RequestIds.set(requestId);
    }

    @Override
    public void afterJob() {
        try {
            recordOutcome();
        } finally {
            RequestIds.clear();
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    private void recordOutcome() {

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
