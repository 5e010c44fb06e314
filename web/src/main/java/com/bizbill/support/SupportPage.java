package com.bizbill.support;

import com.bizbill.identity.CurrentMember;
import com.bizbill.shared.Page;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.web.Messages;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;

/** BP-QA-1 for the customer: ask (with an optional attachment), see the own threads and staff answers. */
@Named
@ViewScoped
public class SupportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportService support;

    @Inject
    CurrentMember member;

    private String title;
    private String body;
    @Inject
    com.bizbill.shared.web.Uploads uploads;

    private transient Part attachment;
    private Long openId;
    private final Pager pager = new Pager(10);

    public Page<Question> getQuestions() {
        return support.mine(member.get().id(), pager.page(), pager.size());
    }

    public SupportService.Thread getThread() {
        return openId == null ? null : support.threadOf(member.get().id(), openId);
    }

    public void open(long id) {
        openId = id;
    }

    public void ask() {
        try {
            byte[] file = null;
            if (attachment != null && attachment.getSize() > 0) {
                // issue 14: the attachment's size is checked while reading (limit + 1 byte at most)
                file = uploads.read(attachment, com.bizbill.shared.web.Uploads.Kind.DOCUMENT, "attachment");
            }
            Question q = support.ask(member.get().id(), title, body, file,
                    file == null ? null : attachment.getSubmittedFileName());
            openId = q.getId();
            title = null;
            body = null;
            Messages.info("support.asked");
        } catch (IOException e) {
            Messages.error("file.unreadable");
        }
    }

    private String reply;

    /** Issue 18 §6: the customer writes again in the open thread. */
    public void sendReply() {
        if (openId == null) {
            return;
        }
        support.reply(member.get().id(), openId, reply);
        reply = null;
        Messages.info("support.replied");
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Part getAttachment() {
        return attachment;
    }

    public void setAttachment(Part attachment) {
        this.attachment = attachment;
    }
}
