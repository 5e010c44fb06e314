package com.bizbill.messaging;

import com.bizbill.shared.Page;
import com.bizbill.shared.PhoneNumber;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The in-app message gateway: every accepted message is kept (staff read them at
 * /admin/messages.xhtml) with the delivery report it will give a second later. Like a real gateway it
 * refuses malformed numbers and over-long texts, and some numbers fail on purpose:
 * <ul>
 *   <li>{@value #UNREACHABLE} is refused at once (nothing accepted);</li>
 *   <li>a number ending in {@value #NEVER_RECEIVES_SUFFIX} is accepted but never receives (report 3015);</li>
 *   <li>a number ending in {@value #NO_KAKAO_SUFFIX} has no KakaoTalk: an Alimtalk fails (report 3018),
 *       while an SMS/LMS/MMS arrives, so the fallback can be tried;</li>
 *   <li>an Alimtalk with a template code starting {@value #UNAPPROVED_TEMPLATE} is refused at once (the
 *       template is not approved by Kakao);</li>
 *   <li>a number ending in {@value #ANSWER_LOST_SUFFIX} is sent and delivered, but the answer to the send is
 *       lost ({@link MessageOutcomeUnknown}): only the report, carrying the sender's reference, tells.</li>
 * </ul>
 */
@ApplicationScoped
@Typed(SandboxMessageGateway.class)
public class SandboxMessageGateway implements MessageGateway {

    public static final String UNREACHABLE = "01000000000";
    public static final String NEVER_RECEIVES_SUFFIX = "9999";
    public static final String NO_KAKAO_SUFFIX = "8888";
    public static final String UNAPPROVED_TEMPLATE = "UNAPPROVED";
    public static final String ANSWER_LOST_SUFFIX = "4040";
    /**
     * Issue 13 §4: the gateway takes the message, then the call breaks with an unexpected error (a reset
     * connection, an adapter bug): the caller's request fails midway, after the message left.
     */
    public static final String BREAKS_SUFFIX = "5050";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    // the message is kept even when its answer is "lost": the gateway has it, only the sender does not know
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = {MessageOutcomeUnknown.class,
            SandboxMessageGateway.Broken.class})
    public String send(OutgoingMessage m) {
        // issue 15 §4: read as everywhere else; unlike the real gateway any phone number is taken, since the
        // demo's stores get their notices on their (landline) main phones
        String number = PhoneNumber.of(m.to()).map(PhoneNumber::digits).orElse(null);
        if (number == null || UNREACHABLE.equals(number)) {
            throw new BizbillException(ErrorCode.MESSAGE_FAILED, "sandbox gateway: number not reachable " + m.to());
        }
        if (m.text() == null || m.text().isBlank() || m.type() == null || !m.type().fits(m.text())) {
            throw new BizbillException(ErrorCode.MESSAGE_FAILED, "sandbox gateway: text empty or too long for "
                    + m.type());
        }
        if (m.type() == MessageType.ALIMTALK && (m.templateCode() == null || m.templateCode().isBlank())) {
            throw new BizbillException(ErrorCode.MESSAGE_FAILED, "sandbox gateway: an Alimtalk needs a template code");
        }
        if (m.type() == MessageType.ALIMTALK && m.templateCode().startsWith(UNAPPROVED_TEMPLATE)) {
            throw new BizbillException(ErrorCode.MESSAGE_FAILED, "sandbox gateway: template not approved " + m.templateCode());
        }
        String result = number.endsWith(NEVER_RECEIVES_SUFFIX) ? "3015"
                : m.type() == MessageType.ALIMTALK && number.endsWith(NO_KAKAO_SUFFIX) ? "3018" : "1000";
        String id = "SBX-" + UUID.randomUUID();
        Instant now = clock.instant();
        em.persist(new SandboxMessage(number, m.from(), m.type(), m.templateCode(), m.text(), id, now,
                "1000".equals(result), result, now.plusSeconds(1)).withClientRef(m.reference()));
        if (number.endsWith(ANSWER_LOST_SUFFIX)) {
            throw new MessageOutcomeUnknown("sandbox gateway: the message was sent but the answer was lost", null);
        }
        if (number.endsWith(BREAKS_SUFFIX)) {
            throw new Broken("sandbox gateway: the connection broke after the message was taken");
        }
        return id;
    }

    /** An unexpected failure after the gateway took the message ({@link #BREAKS_SUFFIX}). */
    public static class Broken extends RuntimeException {
        public Broken(String message) {
            super(message);
        }
    }

    @Override
    public List<DeliveryReport> reports(Instant from, Instant to) {
        return em.createQuery("select m from SandboxMessage m where m.reportedAt >= :f and m.reportedAt < :t "
                        + "order by m.reportedAt", SandboxMessage.class).setParameter("f", from).setParameter("t", to)
                .getResultStream().map(x -> new DeliveryReport(x.getProviderId(), x.getDelivered(), x.getResultCode(),
                        x.getReportedAt(), x.getClientRef())).toList();
    }

    /** Sent messages, newest first, optionally to one number (staff screen, tests). */
    public Page<SandboxMessage> sent(String recipient, int page, int size) {
        String where = recipient == null || recipient.isBlank() ? "" : " where m.recipient = :r";
        var count = em.createQuery("select count(m) from SandboxMessage m" + where, Long.class);
        var items = em.createQuery("select m from SandboxMessage m" + where + " order by m.id desc",
                SandboxMessage.class);
        if (!where.isEmpty()) {
            String digits = PhoneNumber.of(recipient).map(PhoneNumber::digits).orElse(recipient.strip());
            count.setParameter("r", digits);
            items.setParameter("r", digits);
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }
}
