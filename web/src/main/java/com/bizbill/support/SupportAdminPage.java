package com.bizbill.support;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** BP-QA-1 for staff: every question, the unanswered first if asked, and the answer form. */
@Named
@ViewScoped
public class SupportAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportService support;

    @Inject
    CurrentMember member;

    private boolean unansweredOnly = true;
    private Long openId;
    private String answer;
    private final Pager pager = new Pager(20);

    public Page<Question> getQuestions() {
        return support.all(unansweredOnly, pager.page(), pager.size());
    }

    public SupportService.Thread getThread() {
        return openId == null ? null : support.thread(openId);
    }

    public void open(long id) {
        openId = id;
        answer = null;
    }

    public void send() {
        support.answer(openId, answer);
        answer = null;
        Messages.info("support.answered");
    }

    public void search() {
        pager.first();
    }

    public void next() {
        pager.next(getQuestions().total());
    }

    public void previous() {
        pager.previous();
    }

    public Pager getPager() {
        return pager;
    }

    public boolean isUnansweredOnly() {
        return unansweredOnly;
    }

    public void setUnansweredOnly(boolean unansweredOnly) {
        this.unansweredOnly = unansweredOnly;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
