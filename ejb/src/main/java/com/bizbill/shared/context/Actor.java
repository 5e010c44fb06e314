package com.bizbill.shared.context;

/**
 * Who is calling: its kind and the name written as "who asked" on audit rows and records (a login id,
 * {@code api:<prefix>}, {@code job:<name> by <staff>}, {@code system}).
 */
public record Actor(ActorKind kind, String name) {

    public static final Actor ANONYMOUS = new Actor(ActorKind.ANONYMOUS, "anonymous");
    public static final Actor SYSTEM = new Actor(ActorKind.SYSTEM, "system");
    /** The "who" columns (AUDIT_ENTRY.ACTOR, JOURNAL_ENTRY.POSTED_BY, BANK_DEPOSIT.MATCHED_BY …) hold 100 characters. */
    public static final int MAX_NAME = 100;

    public Actor {
        if (kind == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor has a kind and a name");
        }
        // "job:<name> by <a 100-character login>" must not fail the job's insert: cut, and say it was cut
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME - 1) + "…";
        }
    }

    /** A person a step identifies before any login (by a verified e-mail, a link or the password step). */
    public static Actor identified(String loginId) {
        return new Actor(ActorKind.MEMBER, loginId);
    }

    public static Actor system(String name) {
        return new Actor(ActorKind.SYSTEM, name);
    }

    public static Actor apiKey(String keyPrefix) {
        return new Actor(ActorKind.API_KEY, "api:" + keyPrefix);
    }

    /** A job run: {@code job:<name> by <who started it>} (the schedule or a staff member's login). */
    public static Actor job(String jobName, String startedBy) {
        return new Actor(ActorKind.JOB, "job:" + jobName + (startedBy == null ? "" : " by " + startedBy));
    }
}
