package com.bizbill.shared.audit;

import com.bizbill.shared.Page;
import com.bizbill.shared.web.Pager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/** Admin: search the audit trail (who, when, what, before/after). */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    AuditLog audit;

    private final Pager pager = new Pager(30);
    private String text;
    private String targetType;
    private LocalDate from;
    private LocalDate to;

    public Page<AuditEntry> getEntries() {
        return audit.search(text, targetType, from == null ? null : from.atStartOfDay(SEOUL).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(SEOUL).toInstant(), pager.page(), pager.size());
    }

    /** Query string of the Excel download: the same filters as the list. */
    public String getExcelQuery() {
        return "text=" + java.net.URLEncoder.encode(text == null ? "" : text, java.nio.charset.StandardCharsets.UTF_8)
                + "&type=" + java.net.URLEncoder.encode(targetType == null ? "" : targetType,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    public void find() {
        pager.first();
    }

    public void next() {
        pager.next(getEntries().total());
    }

    public void previous() {
        pager.previous();
    }

    public int getPage() {
        return pager.page();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
