package com.bizbill.dispatch;

import com.bizbill.messaging.MessageGateway;
import com.bizbill.messaging.OtherReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Issue 21 §3: the gateway's reports of coupon messages (reference {@code CPN-<recipient>-A} for the Alimtalk,
 * {@code -M} for the text-message fallback) settle each recipient: delivered is SUCCESS; an Alimtalk not delivered
 * falls back to a text message from the operator's number (CB-ORD-9); a fallback not delivered is FAILURE. A report
 * of a message the recipient no longer waits for (an Alimtalk whose fallback went already) changes nothing. A lost
 * send answer is settled here too, by the reference the gateway keeps; nothing is ever sent again.
 */
@ApplicationScoped
public class CouponMessageReports {

    @Inject
    DispatchSteps steps;

    @Inject
    Dispatcher dispatcher;

    public void onReport(@Observes OtherReport event) {
        MessageGateway.DeliveryReport report = event.report();
        if (report.reference() == null || !report.reference().startsWith("CPN-")) {
            return;
        }
        DispatchSteps.Waiting waiting = steps.waitingFor(report.reference());
        if (waiting == null) {
            event.applied(); // ours, but settled already: seen again
            return;
        }
        steps.identified(waiting.recipientId(), report.messageId());
        if (report.delivered()) {
            steps.delivered(waiting.recipientId());
        } else {
            DispatchSteps.Outgoing fallback = steps.alimtalkFailed(waiting.recipientId(), report.resultCode());
            if (fallback != null) {
                dispatcher.send(fallback);
            }
        }
        dispatcher.finishIfSettled(waiting.orderNumber());
        event.applied();
    }
}
