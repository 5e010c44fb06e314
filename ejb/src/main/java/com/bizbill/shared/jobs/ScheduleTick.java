package com.bizbill.shared.jobs;

/**
 * Fired on every schedule tick after the due jobs were started, for work a context looks for itself (the billing
 * inbox of invoice files). Observers run on the tick's thread and must not throw.
 */
public record ScheduleTick(java.time.Instant at) {
}
