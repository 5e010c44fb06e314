package com.bizbill.messaging;

import com.bizbill.shared.Page;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Admin: text messages the sandbox gateway accepted (login codes now; notices later). */
@Named
@ViewScoped
public class MessagesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SandboxMessageGateway gateway;

    private final Pager pager = new Pager(30);
    private String to;

    public Page<SandboxMessage> getMessages() {
        return gateway.sent(to, pager.page(), pager.size());
    }

    public void find() {
        pager.first();
    }

    public void next() {
        pager.next(getMessages().total());
    }

    public void previous() {
        pager.previous();
    }

    public int getPage() {
        return pager.page();
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
