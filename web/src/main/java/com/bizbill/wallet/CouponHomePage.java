package com.bizbill.wallet;

import com.bizbill.identity.CurrentMember;
import com.bizbill.identity.MemberStatus;
import com.bizbill.identity.SubMemberService;
import com.bizbill.identity.SubMemberView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Issue 18 §4: the coupon company's home answers "what can I spend, what needs my action": the prepaid balance
 * with the way to charge it, or this month's postpaid credit; for a master, the sub-members who are active or
 * still invited. The menus that work are linked; the coupon order opens with the catalog.
 */
@Named
@RequestScoped
public class CouponHomePage {

    @Inject
    CurrentMember member;

    @Inject
    WalletService wallets;

    @Inject
    CreditService credit;

    @Inject
    SubMemberService subMembers;

    @Inject
    com.bizbill.catalog.CatalogBrowsing browsing;

    /** Issue 19 §4: the popular products (staff's order until orders exist). */
    public List<com.bizbill.catalog.CatalogBrowsing.Card> getPopular() {
        return browsing.popular(null, 4);
    }

    private Boolean prepaid;
    private List<SubMemberView> team;

    private long org() {
        return member.organisationId();
    }

    public boolean isPrepaid() {
        if (prepaid == null) {
            prepaid = wallets.isPrepaid(org());
        }
        return prepaid;
    }

    public long getBalance() {
        return wallets.balance(org());
    }

    public long getPendingDeposits() {
        return wallets.pendingDeposits(org()).size();
    }

    public CreditService.CreditView getCredit() {
        return isPrepaid() ? null : credit.view(org());
    }

    public boolean isMaster() {
        return member.get().role() == com.bizbill.identity.Role.MASTER;
    }

    private List<SubMemberView> team() {
        if (team == null) {
            team = isMaster() ? subMembers.subMembers(member.get().id()) : List.of();
        }
        return team;
    }

    public long getActiveMembers() {
        return team().stream().filter(m -> m.status() == MemberStatus.ACTIVE).count();
    }

    public long getInvitedMembers() {
        return team().stream().filter(m -> m.status() == MemberStatus.PENDING).count();
    }
}
