package com.bizbill.addressbook;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issue 23 §2: how far each contact upload has got, for its page's progress bar: read, then rows added, then the
 * outcome. Kept in this node's memory for an hour (the page that started it polls the same node: sessions are
 * sticky); each import is seen only by the member who started it.
 */
@ApplicationScoped
public class ContactImportProgress {

    private static final Duration KEPT = Duration.ofHours(1);

    /** Where an import stands; {@code errorKey} set when it failed (nothing was added then). */
    public record State(long memberId, boolean read, int total, int done, Integer added,
                        List<ContactFiles.Failure> failures, String errorKey, Instant startedAt) {

        public boolean finished() {
            return added != null || errorKey != null;
        }

        /** 0–100: reading counts as the first 5. */
        public int percent() {
            if (finished()) {
                return 100;
            }
            return !read ? 2 : total == 0 ? 99 : 5 + (int) Math.min(94, 95L * done / total);
        }
    }

    private final Map<String, State> imports = new ConcurrentHashMap<>();

    public String start(long memberId) {
        Instant now = Instant.now();
        imports.values().removeIf(s -> s.startedAt().isBefore(now.minus(KEPT)));
        String id = UUID.randomUUID().toString();
        imports.put(id, new State(memberId, false, 0, 0, null, List.of(), null, now));
        return id;
    }

    public Optional<State> of(String id, long memberId) {
        return Optional.ofNullable(id == null ? null : imports.get(id)).filter(s -> s.memberId() == memberId);
    }

    void read(String id, int total, List<ContactFiles.Failure> failures) {
        imports.computeIfPresent(id, (k, s) -> new State(s.memberId(), true, total, 0, null, List.copyOf(failures), null,
                s.startedAt()));
    }

    void done(String id, int done) {
        imports.computeIfPresent(id, (k, s) -> new State(s.memberId(), true, s.total(), done, null, s.failures(), null,
                s.startedAt()));
    }

    void finished(String id, int added) {
        imports.computeIfPresent(id, (k, s) -> new State(s.memberId(), true, s.total(), added, added, s.failures(), null,
                s.startedAt()));
    }

    void failed(String id, String errorKey) {
        imports.computeIfPresent(id, (k, s) -> new State(s.memberId(), s.read(), s.total(), s.done(), null, s.failures(),
                errorKey, s.startedAt()));
    }
}
