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

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /** What one poll did. */
    public record Polled(int reports, int applied, int fallbacks, int unknown) {
    }

    /** Fetches the reports since the last poll (minus the overlap) and applies each in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Polled poll() {
        Instant to = clock.instant().plusSeconds(1);
        Instant from = cursor.from(to).minus(OVERLAP);
        List<MessageGateway.DeliveryReport> reports = gateway.reports(from, to);
        int applied = 0;
        int fallbacks = 0;
        int unknown = 0;
        DeliveryReports self = context.getBusinessObject(DeliveryReports.class);
        for (MessageGateway.DeliveryReport r : reports) {
            switch (self.apply(r)) {
                case APPLIED -> applied++;
                case FALLBACK_SENT -> {
                    applied++;
                    fallbacks++;
                }
                case NOT_OURS -> unknown++;
                default -> { }
            }
        }
        cursor.advanceTo(to);
        return new Polled(reports.size(), applied, fallbacks, unknown);
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
            return Outcome.NOT_OURS; // a login code or a notice of our own: not a store's usage
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
