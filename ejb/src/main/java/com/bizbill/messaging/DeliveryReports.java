package com.bizbill.messaging;

import com.bizbill.shared.error.BizbillException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Delivery reports update the usage records (design.md: accepted is not delivered). Reports are fetched
 * by time window from the gateway, with an overlap so none is missed; applying one twice changes
 * nothing. A failed Alimtalk whose sender asked for the fallback is sent again as SMS/LMS right away.
 */
@Stateless
public class DeliveryReports {

    private static final Logger LOG = Logger.getLogger(DeliveryReports.class.getName());
    /** Windows overlap by this much: a report the gateway recorded late in the last window is seen again. */
    static final Duration OVERLAP = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    MessageGateway gateway;

    @Inject
    MessageSending sending;

    @Inject
    ReportCursor cursor;

    @Inject
    ClosedMonths closedMonths;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<OtherReport> otherReports;

    /**
     * The reports of the window ending at {@code to} (from the last poll, less the overlap), for the job
     * {@code message-delivery-reports} ({@link DeliveryReportWork}), which applies each on its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<MessageGateway.DeliveryReport> reportsUntil(Instant to) {
        return gateway.reports(cursor.from(to).minus(OVERLAP), to);
    }

    /** The end of a window that starts now (a second ahead, so a report of this very second is in it). */
    public Instant windowEnd() {
        return clock.instant().plusSeconds(1);
    }

    /** Every report of the window up to {@code to} was applied: the next poll starts there (less the overlap). */
    public void polledUntil(Instant to) {
        cursor.advanceTo(to);
    }

    public enum Outcome { APPLIED, FALLBACK_SENT, ALREADY_FINAL, NOT_OURS }

    /**
     * Applies one report to its usage record (once); sends the fallback of a failed Alimtalk. A message
     * whose send went unanswered is found by our reference and from then on known by the gateway's id.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome apply(MessageGateway.DeliveryReport report) {
        UsageRecord rec = byMessageId(report.messageId());
        if (rec == null && report.reference() != null) {
            rec = byMessageId(report.reference());
            if (rec != null && rec.getStatus() == UsageStatus.UNKNOWN) {
                rec.identified(report.messageId());
            }
        }
        if (rec == null) {
            // issue 21 §3: the operator's own traffic (coupon messages) is settled by its context, never billed
            OtherReport other = new OtherReport(report);
            otherReports.fire(other);
            return other.isApplied() ? Outcome.APPLIED : Outcome.NOT_OURS; // else a login code or a notice
        }
        if (!rec.report(report.delivered(), report.resultCode(), report.reportedAt())) {
            return Outcome.ALREADY_FINAL;
        }
        closedMonths.carryIfClosed(rec); // NB-CYC-1: a report that came after its month was billed
        if (rec.getType() != MessageType.ALIMTALK || rec.getStatus() != UsageStatus.FAILED
                || rec.getFallbackText() == null) {
            return Outcome.APPLIED;
        }
        try {
            sending.sendFallback(rec);
        } catch (BizbillException e) {
            LOG.info("fallback of " + rec.getProviderMessageId() + " refused: " + e.getMessage());
        }
        rec.fallbackDone();
        return Outcome.FALLBACK_SENT;
    }

    private UsageRecord byMessageId(String id) {
        return em.createQuery("select r from UsageRecord r where r.providerMessageId = :id", UsageRecord.class)
                .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElse(null);
    }
}
