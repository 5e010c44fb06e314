package com.bizbill.catalog;

import com.bizbill.identity.Member;
import com.bizbill.identity.Role;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Issue 19 §4: who may buy from the catalog: a master, or a sub-member whose master set a monthly limit (CB-MEM-6). */
@Stateless
public class MemberLimits {

    @PersistenceContext
    EntityManager em;

    public boolean mayBuy(long memberId) {
        Member m = em.find(Member.class, memberId);
        return m != null && (m.getRole() == Role.MASTER
                || m.getRole() == Role.SUB_MEMBER && !m.getMonthlyPurchaseLimit().isNone());
    }
}
