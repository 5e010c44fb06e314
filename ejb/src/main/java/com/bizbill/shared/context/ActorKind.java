package com.bizbill.shared.context;

/** What kind of party a call comes from (issue 15 §1). */
public enum ActorKind {
    /** An operator staff login (/admin). */
    STAFF,
    /** A customer's login: billing account, coupon master or sub-member, partner-store admin. */
    MEMBER,
    /** A partner or operator system through an API key. */
    API_KEY,
    /** A batch job run, started by the schedule or by a staff member. */
    JOB,
    /** Someone proving who they are by a link or code before any login (invitation, signup, reset). */
    RECIPIENT,
    /** A public page nobody is logged in on. */
    ANONYMOUS,
    /** The application itself: timers, gateway callbacks, start-up. */
    SYSTEM
}
