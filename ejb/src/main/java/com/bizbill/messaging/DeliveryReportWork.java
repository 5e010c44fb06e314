package com.bizbill.messaging;

import com.bizbill.shared.jobs.ChunkWork;
import com.bizbill.shared.jobs.Chunks;
import com.bizbill.shared.jobs.ItemCounts;
import com.bizbill.shared.jobs.ItemOutcome;
import com.bizbill.shared.jobs.JobPartition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

/**
 * NB-USE-1, the job {@code message-delivery-reports} of a 10-minute slot: the gateway's delivery reports since the
 * last poll (windows overlap) are applied to the usage records one by one, and a failed Alimtalk's fallback is sent.
 * A report seen again changes nothing (skipped), so a restarted step reads its window again from the start; the next
 * window starts after this one only once every report of it was applied.
 */
@Dependent
@Named("deliveryReportWork")
public class DeliveryReportWork implements ChunkWork<MessageGateway.DeliveryReport> {

    @Inject
    DeliveryReports reports;

    private Instant to;

    @Override
    public Iterator<MessageGateway.DeliveryReport> items(String period, JobPartition partition, Serializable after) {
        to = reports.windowEnd();
        return reports.reportsUntil(to).iterator();
    }

    @Override
    public Serializable keyOf(MessageGateway.DeliveryReport report) {
        return report.messageId();
    }

    @Override
    public ItemCounts process(String period, List<MessageGateway.DeliveryReport> items) {
        return Chunks.eachItem(items, r -> ItemCounts.of(switch (reports.apply(r)) {
            case APPLIED, FALLBACK_SENT -> ItemOutcome.DONE;
            case ALREADY_FINAL, NOT_OURS -> ItemOutcome.SKIPPED; // seen before, or a notice of our own
        }));
    }

    @Override
    public void finished(String period, JobPartition partition) {
        reports.polledUntil(to);
    }
}
