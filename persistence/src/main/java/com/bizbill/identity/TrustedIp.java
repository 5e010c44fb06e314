package com.bizbill.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** CB-MEM-3 "allow this IP": logins of the member from this address skip the second step. */
@Entity
@Table(name = "TRUSTED_IP", uniqueConstraints = @UniqueConstraint(columnNames = {"MEMBER_ID", "IP"}))
public class TrustedIp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "IP", nullable = false, length = 45, updatable = false)
    private String ip;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    protected TrustedIp() {
    }

    public TrustedIp(long memberId, String ip, Instant createdAt) {
        this.memberId = memberId;
        this.ip = ip;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getIp() {
        return ip;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
