package com.bizbill.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One audited change: who, when, what, on which record, before and after. Written in the same
 * transaction as the change it records, so there is never a change without its trail. Append-only.
 */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntry {

    public static final int VALUE_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "AUDIT_ENTRY_SEQ", sequenceName = "AUDIT_ENTRY_SEQ", allocationSize = com.bizbill.shared.IdBlocks.SIZE)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AUDIT_ENTRY_SEQ") // issue 13 §6: no identity contention
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "TARGET_TYPE", nullable = false, length = 40, updatable = false)
    private String targetType;

    @Column(name = "TARGET_ID", length = 60, updatable = false)
    private String targetId;

    @Column(name = "ORGANISATION_ID", updatable = false)
    private Long organisationId;

    /** The request (or job run) that made the change, so a row can be matched to its log lines (issue 15 §1). */
    @Column(name = "REQUEST_ID", length = 64, updatable = false)
    private String requestId;

    @Column(name = "BEFORE_VALUE", length = VALUE_LENGTH, updatable = false)
    private String before;

    @Column(name = "AFTER_VALUE", length = VALUE_LENGTH, updatable = false)
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String action, String targetType, String targetId,
                      Long organisationId, String before, String after) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.organisationId = organisationId;
        this.before = clip(before);
        this.after = clip(after);
    }

    public AuditEntry(Instant at, String actor, String action, String targetType, String targetId,
                      Long organisationId, String before, String after, String requestId) {
        this(at, actor, action, targetType, targetId, organisationId, before, after);
        this.requestId = requestId;
    }

    private static String clip(String s) {
        return s == null || s.length() <= VALUE_LENGTH ? s : s.substring(0, VALUE_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getRequestId() {
        return requestId;
    }
}
