package com.bizbill.it;

import com.bizbill.identity.OrganisationKind;
import com.bizbill.identity.Role;
import com.bizbill.shared.context.Actor;
import com.bizbill.shared.context.ActorKind;
import com.bizbill.shared.context.CallContext;
import com.bizbill.shared.context.Channel;
import java.util.Set;

/**
 * In-container tests call services inside the Arquillian runner's request: issue 15 §1 services read who
 * is calling from the {@link CallContext}, so a test that asserts the actor names it here first.
 */
final class Acting {

    private Acting() {
    }

    static void asStaff(CallContext context, String loginId) {
        context.set(new Actor(ActorKind.STAFF, loginId), null, OrganisationKind.OPERATOR, Set.of(Role.STAFF),
                Channel.ADMIN);
    }
}
