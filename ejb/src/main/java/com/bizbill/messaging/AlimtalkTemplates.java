package com.bizbill.messaging;

import com.bizbill.shared.audit.AuditLog;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 19 §3: staff keep the operator's Alimtalk templates that coupon orders use. A template has a theme (its
 * card image), the code Kakao approved (one template per code) and a message whose only variables are
 * {@code #{이름}}, {@code #{회사명}} and {@code #{기념일}}; each save is audited. A template is switched off, never
 * deleted (orders keep what they used).
 */
@Stateless
public class AlimtalkTemplates {

    /** The themes, each with its card image (catalog-images/cards/&lt;theme&gt;.svg) and a label. */
    public static final List<String> THEMES = List.of("thanks", "birthday", "holiday", "congrats", "anniversary",
            "cheer");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CallContext callContext;

    @Inject
    Clock clock;

    public List<AlimtalkTemplate> all() {
        return em.createQuery("select t from AlimtalkTemplate t order by t.theme, t.title", AlimtalkTemplate.class)
                .getResultList();
    }

    /** The ones an order can use. */
    public List<AlimtalkTemplate> active() {
        return em.createQuery("select t from AlimtalkTemplate t where t.active = true order by t.theme, t.title",
                AlimtalkTemplate.class).getResultList();
    }

    /** Creates ({@code id} null) or changes a template; the code of an existing one stays. */
    public AlimtalkTemplate save(Long id, String theme, String title, String templateCode, String message,
                                 boolean active) {
        List<BizbillException.FieldError> errors = new ArrayList<>();
        if (theme == null || !THEMES.contains(theme)) {
            errors.add(new BizbillException.FieldError("theme", "template.error.theme"));
        }
        if (title == null || title.isBlank() || title.trim().length() > 60) {
            errors.add(new BizbillException.FieldError("title", "template.error.title"));
        }
        if (id == null && (templateCode == null || !templateCode.trim().matches("[A-Za-z0-9_-]{1,30}"))) {
            errors.add(new BizbillException.FieldError("templateCode", "template.error.code"));
        }
        if (message == null || message.isBlank() || message.trim().length() > AlimtalkTemplate.MESSAGE_MAX) {
            errors.add(new BizbillException.FieldError("message", "template.error.message"));
        } else if (!TemplateVariables.unknown(message).isEmpty()) {
            errors.add(new BizbillException.FieldError("message", "template.error.variables"));
        }
        if (errors.isEmpty() && id == null && em.createQuery("select count(t) from AlimtalkTemplate t "
                + "where t.templateCode = :c", Long.class).setParameter("c", templateCode.trim()).getSingleResult() > 0) {
            errors.add(new BizbillException.FieldError("templateCode", "template.error.codeTaken"));
        }
        if (!errors.isEmpty()) {
            throw new MessagingException(ErrorCode.VALIDATION_FAILED, "template refused", errors);
        }
        String by = callContext.actorName();
        AlimtalkTemplate t;
        String before;
        if (id == null) {
            t = new AlimtalkTemplate(theme, title.trim(), templateCode.trim(), message.trim(), by, clock.instant());
            em.persist(t);
            em.flush();
            before = null;
        } else {
            t = em.find(AlimtalkTemplate.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (t == null) {
                throw new MessagingException(ErrorCode.NOT_FOUND, "no template " + id);
            }
            before = t.getTheme() + " " + t.getTitle() + (t.isActive() ? "" : " (off)");
            t.change(theme, title.trim(), message.trim(), active, by, clock.instant());
        }
        audit.record("ALIMTALK_TEMPLATE_SAVED", "ALIMTALK_TEMPLATE", t.getId(), null, before,
                t.getTemplateCode() + " " + t.getTheme() + " " + t.getTitle() + (t.isActive() ? "" : " (off)"));
        return t;
    }
}
