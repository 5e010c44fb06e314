package com.bizbill.messaging;

import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The in-app message gateway: every accepted message is kept (staff read them at
 * /admin/messages.xhtml). Like a real gateway it refuses malformed numbers, and the number
 * {@value #UNREACHABLE} never accepts anything, so failure paths can be tried on purpose.
 */
@ApplicationScoped
@Typed(SandboxMessageGateway.class)
public class SandboxMessageGateway implements MessageGateway {

    public static final String UNREACHABLE = "01000000000";
    private static final Pattern MOBILE = Pattern.compile("0\\d{9,10}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String sendSms(String to, String text) {
        String number = to == null ? "" : to.replace("-", "");
        if (!MOBILE.matcher(number).matches() || UNREACHABLE.equals(number)) {
            throw new BizbillException(ErrorCode.MESSAGE_FAILED, "sandbox gateway: number not reachable " + to);
        }
        String id = "SBX-" + UUID.randomUUID();
        em.persist(new SandboxMessage(number, "SMS", text, id, clock.instant()));
        return id;
    }

    /** Sent messages, newest first, optionally to one number (staff screen, tests). */
    public Page<SandboxMessage> sent(String recipient, int page, int size) {
        String where = recipient == null || recipient.isBlank() ? "" : " where m.recipient = :r";
        var count = em.createQuery("select count(m) from SandboxMessage m" + where, Long.class);
        var items = em.createQuery("select m from SandboxMessage m" + where + " order by m.id desc",
                SandboxMessage.class);
        if (!where.isEmpty()) {
            count.setParameter("r", recipient.replace("-", "").trim());
            items.setParameter("r", recipient.replace("-", "").trim());
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }
}
