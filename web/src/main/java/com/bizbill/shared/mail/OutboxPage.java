package com.bizbill.shared.mail;

import com.bizbill.shared.Page;
import com.bizbill.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import com.bizbill.shared.web.Pager;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Admin: the sandbox mail outbox (what the app "sent"), with a test-mail form. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    @Inject
    MailSender mail;

    private String filter;
    private final Pager pager = new Pager(20);
    private OutboxMail selected;

    @NotBlank
    @Email
    @Size(max = 320)
    private String testTo;

    @NotBlank
    @Size(max = 300)
    private String testSubject;

    @Size(max = 4000)
    private String testBody;

    public Page<OutboxMail> getMails() {
        return outbox.list(filter, pager.page(), pager.size());
    }

    public void search() {
        pager.first();
    }

    public void next() {
        pager.next(getMails().total());
    }

    public void previous() {
        pager.previous();
    }

    public void sendTest() {
        mail.send(new MailMessage(testTo.trim(), testSubject, testBody == null ? "" : testBody));
        Messages.info("outbox.sent", Messages.particles(testTo, "toward"));
        testTo = null;
        testSubject = null;
        testBody = null;
    }

    /** The first line of the body, for scanning the list (codes, links). */
    public String preview(OutboxMail m) {
        String body = m.getBody() == null ? "" : m.getBody().strip();
        int nl = body.indexOf('\n');
        String first = nl < 0 ? body : body.substring(0, nl);
        return first.length() > 80 ? first.substring(0, 80) + "…" : first;
    }

    public void select(long id) {
        selected = outbox.find(id).orElse(null);
    }

    public OutboxMail getSelected() {
        return selected;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public int getPage() {
        return pager.page();
    }

    public String getTestTo() {
        return testTo;
    }

    public void setTestTo(String testTo) {
        this.testTo = testTo;
    }

    public String getTestSubject() {
        return testSubject;
    }

    public void setTestSubject(String testSubject) {
        this.testSubject = testSubject;
    }

    public String getTestBody() {
        return testBody;
    }

    public void setTestBody(String testBody) {
        this.testBody = testBody;
    }
}
