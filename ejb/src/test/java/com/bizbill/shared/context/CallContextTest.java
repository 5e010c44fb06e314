package com.bizbill.shared.context;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.Role;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 15 §1: the context's checks, which replace the resources' hand-written role and kind checks. */
class CallContextTest {

    private static CallContext staff() {
        CallContext c = new CallContext();
        c.set(new Actor(ActorKind.STAFF, "admin"), 1L, OrganisationKind.OPERATOR, Set.of(Role.STAFF), Channel.ADMIN);
        return c;
    }

    private static CallContext store(long org) {
        CallContext c = new CallContext();
        c.set(Actor.apiKey("bb_1234"), org, OrganisationKind.PARTNER_STORE, null, Channel.API);
        return c;
    }

    private static void assertForbidden(Runnable check) {
        BizbillException e = assertThrows(BizbillException.class, check::run);
        assertEquals(ErrorCode.FORBIDDEN, e.getCode());
        assertEquals(403, e.getCode().httpStatus());
    }

    @Test
    void aJobStartedByAVeryLongLoginStillFitsTheWhoColumns() {
        Actor job = Actor.job("payment-reconciliation", "a".repeat(71) + "@example.com");
        assertEquals(Actor.MAX_NAME, job.name().length(), "AUDIT_ENTRY.ACTOR and the other who-columns hold 100");
        assertEquals("job:payment-reconciliation by aaa", job.name().substring(0, 33));
        assertEquals("admin", new Actor(ActorKind.STAFF, "admin").name(), "short names stay as they are");
    }

    @Test
    void issue15_theOperatorPassesRequireOperatorAndACustomerIsRefusedWith403() {
        assertDoesNotThrow(() -> staff().requireOperator("only the operator"));
        assertForbidden(() -> store(7).requireOperator("only the operator"));
        assertForbidden(() -> new CallContext().requireOperator("nobody known"));
    }

    @Test
    void issue15_requireOrganisationKindAllowsOnlyThatKind() {
        assertDoesNotThrow(() -> store(7).requireOrganisationKind(OrganisationKind.PARTNER_STORE, "stores"));
        assertForbidden(() -> staff().requireOrganisationKind(OrganisationKind.PARTNER_STORE, "stores"));
    }

    @Test
    void issue15_requireRoleAllowsAnyOfTheRolesGiven() {
        assertDoesNotThrow(() -> staff().requireRole(Role.CUSTOMER, Role.STAFF));
        assertForbidden(() -> staff().requireRole(Role.MASTER));
        assertForbidden(() -> store(7).requireRole(Role.STAFF));
    }

    @Test
    void issue15_requireOrganisationAllowsTheOwnOrganisationAndTheOperator() {
        assertDoesNotThrow(() -> store(7).requireOrganisation(7));
        assertForbidden(() -> store(7).requireOrganisation(8));
        assertDoesNotThrow(() -> staff().requireOrganisation(8), "staff act on a customer's organisation");
    }

    @Test
    void issue15_theActorNamesWhoAsked() {
        assertEquals("api:bb_1234", store(7).actorName());
        assertEquals("job:usage-charge by admin", Actor.job("usage-charge", "admin").name());
        assertEquals("system", new CallContext().actorName(), "a context no filter filled is the application");
        CallContext tick = new CallContext();
        tick.runAs(Actor.system("schedule"));
        assertEquals("schedule", tick.actorName());
        assertEquals(ActorKind.SYSTEM, tick.actor().kind());
    }

    @Test
    void issue15_requestIdsAreAcceptedWhenPrintableAndShortElseReplaced() {
        assertEquals("abc-123", RequestIds.acceptOrNew("abc-123"));
        String max = "x".repeat(64);
        assertEquals(max, RequestIds.acceptOrNew(max));
        for (String bad : new String[] {null, "", "x".repeat(65), "has space", "tab\t", "new\nline", "ünï", "{0}", "q\""}) {
            String made = RequestIds.acceptOrNew(bad);
            assertEquals(36, made.length(), "a new UUID for " + bad);
        }
    }
}
