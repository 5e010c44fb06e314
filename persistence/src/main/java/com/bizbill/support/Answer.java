package com.bizbill.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff answer in a Q&A thread (BP-QA-1). */
@Entity
@Table(name = "SUPPORT_ANSWER")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "QUESTION_ID", nullable = false, updatable = false)
    private long questionId;

    @Column(nullable = false, length = 100, updatable = false)
    private String author;

    @Column(nullable = false, length = Question.BODY_MAX, updatable = false)
    private String body;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    /** Issue 18 §6: a reply of the customer in the thread (false: staff's answer). */
    @Column(name = "FROM_CUSTOMER", nullable = false, updatable = false)
    private boolean fromCustomer;

    protected Answer() {
    }

    public Answer(long questionId, String author, String body, Instant createdAt) {
        this.questionId = questionId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** The customer's reply in its own thread. */
    public static Answer fromCustomer(long questionId, String author, String body, Instant createdAt) {
        Answer a = new Answer(questionId, author, body, createdAt);
        a.fromCustomer = true;
        return a;
    }

    public boolean isFromCustomer() {
        return fromCustomer;
    }

    public Long getId() {
        return id;
    }

    public long getQuestionId() {
        return questionId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
