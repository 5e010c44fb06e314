package com.bizbill.shared.jobs;

import com.bizbill.shared.api.Problem;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The operator's systems start a periodic job for a period and follow the run, as staff do on the
 * jobs screen: through {@link JobRunService}, so the claim row (job + period) decides whether it may run.
 * A period already run is taken over for another attempt, which changes nothing already done (the
 * readers select only what is not done); a run still going is refused. Only the operator's API keys.
 */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs", description = "Periodic batch jobs, for the operator's systems")
public class JobRunResource {

    @Inject
    JobRunService jobs;

    @Inject
    CallContext context;

    @Inject
    PeriodicJobs periodicJobs;

    @Context
    UriInfo uri;

    @POST
    @Path("{job}/runs")
    @Operation(summary = "Start a periodic job for a period (e.g. invoice-auto-charge for 2026-11-20)")
    @APIResponse(responseCode = "202", description = "claimed and started; follow it at the Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "400", description = "not a period this job can run for (malformed or in the future)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "the caller is not one of the operator's systems",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such job (or one that is only started by an upload)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "a run of this job and period is still going",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(
            @Parameter(description = "job name, e.g. invoice-auto-charge, ledger-snapshot") @PathParam("job") String job,
            @Parameter(description = "the period: a day (2026-11-20), a month (2026-11) or an hour (2026-11-20T09),"
                    + " as the job expects") @QueryParam("period") String period) {
        operatorOnly();
        PeriodicJob periodic = periodicJobs.byXmlName(job)
                .filter(PeriodicJob::startableByApi) // the file import needs a file: started by the upload
                .orElseThrow(() -> new BizbillException(ErrorCode.JOB_UNKNOWN, "no job " + job));
        JobRun run = jobs.start(periodic, period);
        return Response.accepted(RunView.of(run))
                .location(uri.getBaseUriBuilder().path(JobRunResource.class).path("runs/{id}").build(run.getId()))
                .build();
    }

    @GET
    @Path("runs/{id}")
    @Operation(summary = "One job run: RUNNING, COMPLETED or FAILED, with the job's message (e.g. the charge summary)")
    @APIResponse(responseCode = "200", description = "the run")
    @APIResponse(responseCode = "403", description = "the caller is not one of the operator's systems",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such run",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RunView run(@PathParam("id") Long id) {
        operatorOnly();
        return RunView.of(jobs.find(id));
    }

    /** The same check as the invoice import (issue 15 §1: from the call context). */
    private void operatorOnly() {
        context.requireOperator("only the operator's systems run jobs");
    }

    /**
     * A job run (its claim row). Issue 16 §1: items done ({@code itemsWritten}), skipped, failed and in error and
     * the won moved grow while it runs; {@code message} says what went wrong, or the job's own summary.
     */
    public record RunView(long runId, String job, String period, String status, int attempts, String startedBy,
                          Instant startedAt, Instant endedAt, long itemsWritten, long itemsSkipped, long itemsFailed,
                          long itemsInError, long amount, String message) {
        static RunView of(JobRun r) {
            return new RunView(r.getId(), r.getJobName(), r.getPeriod(), r.getStatus().name(), r.getAttempts(),
                    r.getStartedBy(), r.getStartedAt(), r.getEndedAt(), r.getItemsWritten(), r.getItemsSkipped(),
                    r.getItemsFailed(), r.getItemsInError(), r.getAmount(), r.getMessage());
        }
    }
}
