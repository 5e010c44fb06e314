package com.bizbill.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A customer's question on the Q&A board (BP-QA-1); the thread is its answers. */
@Entity
@Table(name = "SUPPORT_QUESTION")
public class Question {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 4_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false, length = TITLE_MAX, updatable = false)
    private String title;

    @Column(nullable = false, length = BODY_MAX, updatable = false)
    private String body;

    @Column(name = "ATTACHMENT_FILE", length = 200, updatable = false)
    private String attachmentFile;

    /** Issue 18 §6: the attachment's file name as the customer chose it, shown as the link's words. */
    @Column(name = "ATTACHMENT_NAME", length = 200, updatable = false)
    private String attachmentName;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "ANSWERED_AT")
    private Instant answeredAt;

    @Version
    private long version;

    protected Question() {
    }

    public Question(long organisationId, long memberId, String title, String body, String attachmentFile,
                    Instant createdAt) {
        this.organisationId = organisationId;
        this.memberId = memberId;
        this.title = title;
        this.body = body;
        this.attachmentFile = attachmentFile;
        this.createdAt = createdAt;
    }

    public void answered(Instant at) {
        this.answeredAt = at;
    }

    /** Issue 18 §6: the customer wrote again in the thread: it waits for staff again. */
    public void reopened() {
        this.answeredAt = null;
    }

    public Question withAttachmentName(String name) {
        this.attachmentName = name == null ? null : name.length() > 200 ? name.substring(0, 200) : name;
        return this;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getAttachmentFile() {
        return attachmentFile;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
