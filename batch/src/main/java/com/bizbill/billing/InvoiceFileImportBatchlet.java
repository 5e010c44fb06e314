package com.bizbill.billing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** BP-INV-2: imports one invoice file (job parameter "period" = the file's short hash), all or nothing. */
@Dependent
@Named("invoiceFileImport")
public class InvoiceFileImportBatchlet extends AbstractBatchlet {

    @Inject
    InvoiceFiles files;

    @Inject
    InvoiceFileImport importer;

    @Inject
    JobContext job;

    @Inject
    com.bizbill.shared.jobs.JobClaims claims;

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String period;

    @Override
    public String process() throws Exception {
        ImportRun run = importer.importFile(files.content(period), files.name(period), "FILE");
        // issue 16 §1: the file's invoices in the run's counts; all or nothing, so a refused file counts as one
        // failed item (the file) and imports none; issue 17 §4: and the run is a failure, its rows' reasons in the
        // import report
        boolean refused = "REFUSED".equals(run.getStatus());
        claims.counted(Long.parseLong(runId), refused ? new com.bizbill.shared.jobs.ItemCounts(0, 0, 1, 0, 0, null)
                : new com.bizbill.shared.jobs.ItemCounts(run.getCreated() + run.getUpdated(), run.getUnchanged(),
                run.getReported(), 0, 0, null));
        String outcome = refused ? com.bizbill.shared.jobs.JobRun.REFUSED : "COMPLETED";
        job.setExitStatus(outcome);
        return outcome;
    }
}
