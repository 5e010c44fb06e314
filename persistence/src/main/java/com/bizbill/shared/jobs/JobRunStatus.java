package com.bizbill.shared.jobs;

public enum JobRunStatus {
    RUNNING, COMPLETED, FAILED
}
