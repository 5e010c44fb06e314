package com.bizbill.shared.setup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time fact about this installation, e.g. that demo data was loaded (so it is never loaded twice). */
@Entity
@Table(name = "SYSTEM_FLAG")
public class SystemFlag {

    public static final String DEMO_DATA_LOADED = "demo-data-loaded";

    @Id
    @Column(length = 60)
    private String name;

    @Column(name = "SET_AT", nullable = false)
    private Instant setAt;

    protected SystemFlag() {
    }

    public SystemFlag(String name, Instant setAt) {
        this.name = name;
        this.setAt = setAt;
    }

    public String getName() {
        return name;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
