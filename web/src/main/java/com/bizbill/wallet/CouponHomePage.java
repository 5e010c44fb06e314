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

    @Inject
    com.bizbill.ordering.OrderForms orderForms;

    @Inject
    com.bizbill.ordering.OrderQueries orderQueries;

    /** Issue 19 §4: a sub-member's monthly limit and what is left of it this month (null: a master, no limit). */
    public com.bizbill.ordering.OrderForms.Means getMeans() {
        return orderForms.means(member.get().id());
    }

    /** Issue 19 §4: the organisation's orders by state (a sub-member: the organisation's too, as counts). */
    public java.util.Map<com.bizbill.ordering.OrderStatus, Long> getOrderCounts() {
        return orderQueries.countsByStatus(org());
    }

    /** The latest orders (a sub-member: its own). */
    public List<com.bizbill.ordering.CouponOrder> getRecentOrders() {
        var me = member.get();
        return orderQueries.search(new com.bizbill.ordering.OrderQueries.Filter(org(),
                me.role() == com.bizbill.identity.Role.SUB_MEMBER ? me.id() : null, null, null, null, null), 0, 5).items();
    }

    public com.bizbill.ordering.OrderStatus[] getOrderStatuses() {
        return com.bizbill.ordering.OrderStatus.values();
    }

    /** Issue 19 §4: the popular products (by the last 30 days' orders, then staff's order). */
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
