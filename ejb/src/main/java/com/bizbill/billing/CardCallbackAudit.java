package com.bizbill.billing;

import com.bizbill.shared.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * BP-CARD-1 (issue 14): a refused card callback is audited in its own transaction, so the trail stays
 * although the refusal rolls the callback's transaction back.
 */
@Stateless
public class CardCallbackAudit {

    @Inject
    AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(long organisationId, String why) {
        audit.record("CARD_CALLBACK_REFUSED", "ORGANISATION", organisationId, organisationId, null,
                why.length() > 500 ? why.substring(0, 500) : why);
    }
}
