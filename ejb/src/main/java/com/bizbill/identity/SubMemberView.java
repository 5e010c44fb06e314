package com.bizbill.identity;

import java.time.Instant;

/** A sub-member as the master's table shows it (CB-MEM-6: e-mail, name, phone, orders, limit). */
public record SubMemberView(long id, String email, String name, String mobile, MemberStatus status,
                            MonthlyPurchaseLimit limit, long usedThisMonth, long accumulatedOrders,
                            Instant lastLoginAt) {

    public long remaining() {
        return limit.remaining(usedThisMonth);
    }

    public boolean isUnlimited() {
        return limit.isUnlimited();
    }

    public boolean isLimitGranted() {
        return !limit.isNone();
    }
}
