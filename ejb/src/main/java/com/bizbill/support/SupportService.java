package com.bizbill.support;

import com.bizbill.shared.context.CallContext;
import com.bizbill.identity.Member;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.files.FileStore;
import com.bizbill.shared.mail.MailMessage;
import com.bizbill.shared.mail.MailSender;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Q&A board (BP-QA-1): customers post questions (with an optional attachment checked by content
 * and size) and see only their own threads; staff see all, filter the unanswered and answer; each side
 * is told by mail. A mail that cannot be sent does not lose the question or the answer.
 */
@Stateless
public class SupportService {

    @Inject
    CallContext callContext;

    private static final Logger LOG = Logger.getLogger(SupportService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    MailSender mail;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "bizbill.support.mail", defaultValue = "support@bizbill.example")
    String staffMailbox;

    /** A thread: the question and its answers, oldest first. */
    public record Thread(Question question, List<Answer> answers) {
    }

    public Question ask(long memberId, String title, String body, byte[] attachment) {
        return ask(memberId, title, body, attachment, null);
    }

    /** Issue 18 §6: with the attachment's file name, shown as the link to it. */
    public Question ask(long memberId, String title, String body, byte[] attachment, String attachmentName) {
        Member m = em.find(Member.class, memberId);
        List<BizbillException.FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank() || title.trim().length() > Question.TITLE_MAX) {
            errors.add(new BizbillException.FieldError("title", "support.title.invalid"));
        }
        if (body == null || body.isBlank() || body.trim().length() > Question.BODY_MAX) {
            errors.add(new BizbillException.FieldError("body", "support.body"));
        }
        if (!errors.isEmpty()) {
            throw new SupportException(ErrorCode.VALIDATION_FAILED, "question refused", errors);
        }
        String file = attachment == null || attachment.length == 0 ? null : files.store(attachment, "attachment").key();
        Question q = new Question(m.getOrganisation().getId(), memberId, title.trim(), body.trim(), file,
                clock.instant()).withAttachmentName(file == null ? null : attachmentName);
        em.persist(q);
        em.flush();
        notify(staffMailbox, "[Bizbill 문의] " + q.getTitle(), m.getOrganisation().getName() + " " + m.getDisplayName()
                + " 님의 새 문의입니다.\n\n" + q.getBody());
        return q;
    }

    /** The member's own questions, newest first. */
    public Page<Question> mine(long memberId, int page, int size) {
        long total = em.createQuery("select count(q) from Question q where q.memberId = :m", Long.class)
                .setParameter("m", memberId).getSingleResult();
        return new Page<>(em.createQuery("select q from Question q where q.memberId = :m order by q.id desc",
                        Question.class).setParameter("m", memberId).setFirstResult(page * size).setMaxResults(size)
                .getResultList(), page, size, total);
    }

    /** Staff: every question, newest first, optionally only the unanswered. */
    public Page<Question> all(boolean unansweredOnly, int page, int size) {
        String where = unansweredOnly ? " where q.answeredAt is null" : "";
        long total = em.createQuery("select count(q) from Question q" + where, Long.class).getSingleResult();
        return new Page<>(em.createQuery("select q from Question q" + where + " order by q.id desc", Question.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList(), page, size, total);
    }

    /** A member's own thread; someone else's is answered like a missing one. */
    public Thread threadOf(long memberId, long questionId) {
        Question q = em.find(Question.class, questionId);
        if (q == null || q.getMemberId() != memberId) {
            throw new SupportException(ErrorCode.QUESTION_NOT_FOUND, "no question " + questionId);
        }
        return thread(q);
    }

    /** Staff: any thread. */
    public Thread thread(long questionId) {
        Question q = em.find(Question.class, questionId);
        if (q == null) {
            throw new SupportException(ErrorCode.QUESTION_NOT_FOUND, "no question " + questionId);
        }
        return thread(q);
    }

    public Answer answer(long questionId, String body) {
        if (body == null || body.isBlank() || body.trim().length() > Question.BODY_MAX) {
            throw new SupportException(ErrorCode.VALIDATION_FAILED, "answer refused",
                    List.of(new BizbillException.FieldError("answer", "support.body")));
        }
        Question q = em.find(Question.class, questionId);
        if (q == null) {
            throw new SupportException(ErrorCode.QUESTION_NOT_FOUND, "no question " + questionId);
        }
        Answer a = new Answer(questionId, callContext.actorName(), body.trim(), clock.instant());
        em.persist(a);
        q.answered(clock.instant());
        Member asker = em.find(Member.class, q.getMemberId());
        if (asker.getEmail() != null) {
            notify(asker.getEmail(), "[Bizbill] 문의에 답변이 등록되었습니다: " + q.getTitle(),
                    "포털의 Q&A 게시판에서 답변을 확인하세요.\n\n" + a.getBody());
        }
        return a;
    }

    /**
     * Issue 18 §6: the customer writes again in its own thread (someone else's is not found); the question waits
     * for staff again and staff are told.
     */
    public Answer reply(long memberId, long questionId, String body) {
        if (body == null || body.isBlank() || body.trim().length() > Question.BODY_MAX) {
            throw new SupportException(ErrorCode.VALIDATION_FAILED, "reply refused",
                    List.of(new BizbillException.FieldError("reply", "support.body")));
        }
        Question q = threadOf(memberId, questionId).question();
        Member m = em.find(Member.class, memberId);
        Answer a = Answer.fromCustomer(questionId, m.getDisplayName(), body.trim(), clock.instant());
        em.persist(a);
        q.reopened();
        notify(staffMailbox, "[Bizbill 문의] " + q.getTitle() + " (추가 문의)", m.getOrganisation().getName() + " "
                + m.getDisplayName() + " 님이 문의에 답글을 남겼습니다.\n\n" + a.getBody());
        return a;
    }

    /** The attachment of a member's own question (or, for staff, any). */
    public byte[] attachment(Long memberIdOrNullForStaff, long questionId) {
        Question q = memberIdOrNullForStaff == null ? thread(questionId).question()
                : threadOf(memberIdOrNullForStaff, questionId).question();
        if (q.getAttachmentFile() == null) {
            throw new SupportException(ErrorCode.QUESTION_ATTACHMENT_NOT_FOUND, "no attachment");
        }
        return files.read(q.getAttachmentFile());
    }

    private Thread thread(Question q) {
        return new Thread(q, em.createQuery("select a from Answer a where a.questionId = :q order by a.id", Answer.class)
                .setParameter("q", q.getId()).getResultList());
    }

    private void notify(String to, String subject, String body) {
        try {
            mail.send(new MailMessage(to, subject, body));
        } catch (BizbillException e) {
            // the post stands; staff see the failed mail in the outbox/log
            LOG.warning("Q&A notification to " + to + " failed: " + e.getMessage());
        }
    }
}
