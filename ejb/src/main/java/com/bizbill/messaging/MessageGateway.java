package com.bizbill.messaging;

import java.time.Instant;
import java.util.List;

/**
 * Outside party: the message gateway (KakaoTalk Alimtalk / SMS / LMS in the style of the Korean
 * bulk-messaging providers). {@code bizbill.messaging.adapter=sandbox|http}, sandbox by default.
 * Accepted is not delivered: the final state of a message comes from its delivery report (design.md).
 */
public interface MessageGateway {

    /**
     * Hands one message to the gateway.
     *
     * @return the provider's message id, by which its delivery report is found
     * @throws com.bizbill.shared.error.BizbillException MESSAGE_FAILED when the gateway refuses it
     * @throws MessageOutcomeUnknown when the gateway may or may not have accepted it (no answer, 5xx)
     */
    String send(OutgoingMessage message);

    /**
     * Issue 21 §3: the outcome of one message of a bulk send: the provider's id, or a refusal (nothing sent), or an
     * unknown outcome (settled by the report, which carries the reference; never sent again).
     */
    record BulkResult(String messageId, String refusal, boolean unknown) {

        public static BulkResult accepted(String id) {
            return new BulkResult(id, null, false);
        }

        public static BulkResult refused(String why) {
            return new BulkResult(null, why, false);
        }

        public static final BulkResult UNKNOWN = new BulkResult(null, null, true);
    }

    /** The most recipients one bulk request carries (the providers take up to 1,000). */
    int BULK_MAX = 1_000;

    /**
     * Issue 21 §3: many messages at once, one result per message in order. Adapters whose provider takes a recipient
     * list send them in requests of up to {@link #BULK_MAX}; this default hands them over one by one.
     */
    default List<BulkResult> sendBulk(List<OutgoingMessage> messages) {
        List<BulkResult> out = new java.util.ArrayList<>(messages.size());
        for (OutgoingMessage m : messages) {
            try {
                out.add(BulkResult.accepted(send(m)));
            } catch (MessageOutcomeUnknown e) {
                out.add(BulkResult.UNKNOWN);
            } catch (com.bizbill.shared.error.BizbillException e) {
                out.add(BulkResult.refused(e.getMessage()));
            } catch (RuntimeException e) {
                out.add(BulkResult.UNKNOWN); // it may have left: the report decides
            }
        }
        return out;
    }

    /**
     * Delivery reports whose result the gateway recorded in [{@code from}, {@code to}). A report may be
     * returned again by an overlapping window; the caller applies each one idempotently.
     *
     * @throws com.bizbill.shared.error.BizbillException MESSAGE_GATEWAY_UNAVAILABLE when the reports cannot be
     *         read; the window is to be polled again
     */
    List<DeliveryReport> reports(Instant from, Instant to);

    /** An SMS (or LMS when longer than 90 bytes) from the operator's own number: login codes, notices. */
    default String sendSms(String to, String text) {
        return send(new OutgoingMessage(MessageType.textFor(text), to, null, text, null));
    }

    /**
     * One message. {@code from} is the sender number (null: the operator's registered number);
     * {@code templateCode} is the Kakao template of an Alimtalk (null for SMS/LMS); {@code reference} is our
     * own name for it (null: none), which the gateway keeps and gives back in the delivery report, so that
     * a message whose send went unanswered is still matched to its report.
     */
    record OutgoingMessage(MessageType type, String to, String from, String text, String templateCode,
                           String reference) {

        public OutgoingMessage(MessageType type, String to, String from, String text, String templateCode) {
            this(type, to, from, text, templateCode, null);
        }
    }

    /**
     * The gateway's final word on one message: delivered, or not with the provider's result code;
     * {@code reference} is the sender's own reference given with the message (null if none).
     */
    record DeliveryReport(String messageId, boolean delivered, String resultCode, Instant reportedAt,
                          String reference) {

        public DeliveryReport(String messageId, boolean delivered, String resultCode, Instant reportedAt) {
            this(messageId, delivered, resultCode, reportedAt, null);
        }
    }
}
