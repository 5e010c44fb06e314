package com.bizbill.shared.time;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * The demo clock's offset from real time, persisted so that a restart keeps the demo's date.
 * A single row (id 1). Only used when demo mode is on; production runs on the system clock.
 */
@Entity
@Table(name = "CLOCK_OFFSET")
public class ClockOffset {

    public static final long SINGLETON_ID = 1L;

    @Id
    private Long id = SINGLETON_ID;

    @Column(name = "OFFSET_SECONDS", nullable = false)
    private long offsetSeconds;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected ClockOffset() {
    }

    public ClockOffset(Instant updatedAt, String updatedBy) {
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public Duration getOffset() {
        return Duration.ofSeconds(offsetSeconds);
    }

    public void setOffset(Duration offset, Instant at, String by) {
        this.offsetSeconds = offset.getSeconds();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
