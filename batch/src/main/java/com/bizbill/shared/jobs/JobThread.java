package com.bizbill.shared.jobs;

import com.bizbill.shared.context.Actor;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.context.Channel;
import com.bizbill.shared.context.RequestIds;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;

/**
 * Issue 15 §1: a batch thread has no request scope, so the job's call context is set up on it with the standard CDI
 * {@link RequestContextController}: the job and who started it ({@code job:<name> by <staff>}) are the actor of every
 * row its services write, and the run's request id ({@code job-<run>-<execution>}) is on every log line. Issue 16
 * §1: the listener does it on the job's thread, the generic reader on each partition's thread.
 */
@Dependent
public class JobThread {

    @Inject
    RequestContextController requestContext;

    @Inject
    CallContext callContext;

    @Inject
    JobRunService runs;

    private boolean activated;

    /**
     * Enters the job's context on this thread; false (and nothing done) when the thread has it already (a step that
     * is not partitioned runs on the listener's thread).
     */
    public boolean enter(String jobName, String runId, long executionId) {
        activated = requestContext.activate();
        if (!activated) {
            return false;
        }
        String startedBy = runId == null || runId.isBlank() ? null : runs.find(Long.parseLong(runId)).getStartedBy();
        callContext.set(Actor.job(jobName, startedBy), null, null, null, Channel.JOB);
        String requestId = "job-" + (runId == null || runId.isBlank() ? "" : runId + "-") + executionId;
        callContext.requestId(requestId);
        RequestIds.set(requestId);
        return true;
    }

    /** Leaves what {@link #enter} set up on this thread. */
    public void leave() {
        if (activated) {
            RequestIds.clear();
            requestContext.deactivate();
            activated = false;
        }
    }
}
