package com.bizbill.messaging;

/**
 * A delivery report that is not a partner store's usage (issue 21 §3): offered, as an event, to the context whose
 * reference it carries (dispatch's coupon messages, {@code CPN-…}); the observer that settles it says so.
 */
public final class OtherReport {

    private final MessageGateway.DeliveryReport report;
    private boolean applied;

    public OtherReport(MessageGateway.DeliveryReport report) {
        this.report = report;
    }

    public MessageGateway.DeliveryReport report() {
        return report;
    }

    public void applied() {
        applied = true;
    }

    public boolean isApplied() {
        return applied;
    }
}
