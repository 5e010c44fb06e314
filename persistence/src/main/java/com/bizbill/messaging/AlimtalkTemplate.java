package com.bizbill.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Issue 19 §3: one of the operator's Alimtalk templates that coupon orders use: a theme with its card image, the
 * template code Kakao approved, and the message with the variables {@code #{이름}}, {@code #{회사명}},
 * {@code #{기념일}} (checked by {@link TemplateVariables}). Staff keep them; an order copies the one it used.
 */
@Entity
@Table(name = "ALIMTALK_TEMPLATE")
public class AlimtalkTemplate {

    public static final int MESSAGE_MAX = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String theme;

    @Column(nullable = false, length = 60)
    private String title;

    @Column(name = "TEMPLATE_CODE", nullable = false, unique = true, length = 30)
    private String templateCode;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "UPDATED_BY", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AlimtalkTemplate() {
    }

    public AlimtalkTemplate(String theme, String title, String templateCode, String message, String by, Instant at) {
        this.templateCode = templateCode;
        change(theme, title, message, true, by, at);
    }

    public void change(String newTheme, String newTitle, String newMessage, boolean nowActive, String by, Instant at) {
        this.theme = newTheme;
        this.title = newTitle;
        this.message = newMessage;
        this.active = nowActive;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getTheme() {
        return theme;
    }

    public String getTitle() {
        return title;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public String getMessage() {
        return message;
    }

    public boolean isActive() {
        return active;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The card image of the theme, made for Bizbill ({@code /catalog-images/cards/<theme>.svg}). */
    public String getCardImage() {
        return "catalog-images/cards/" + theme + ".svg";
    }
}
