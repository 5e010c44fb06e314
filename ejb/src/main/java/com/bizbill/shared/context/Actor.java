package com.bizbill.shared.context;

/**
 * Who is calling: its kind and the name written as "who asked" on audit rows and records (a login id,
 * {@code api:<prefix>}, {@code job:<name> by <staff>}, {@code system}).
 */
public record Actor(ActorKind kind, String name) {

    public static final Actor ANONYMOUS = new Actor(ActorKind.ANONYMOUS, "anonymous");
    public static final Actor SYSTEM = new Actor(ActorKind.SYSTEM, "system");

    public Actor {
        if (kind == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor has a kind and a name");
        }
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
