package com.bizbill.identity;

import java.io.Serializable;

/**
 * CB-MEM-6: a sub-member's monthly purchase limit: none granted (may not order), an amount in
 * won, or unlimited. Granting a limit moves no money.
 */
public final class MonthlyPurchaseLimit implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final MonthlyPurchaseLimit NONE = new MonthlyPurchaseLimit(Kind.NONE, 0);
    private static final MonthlyPurchaseLimit UNLIMITED = new MonthlyPurchaseLimit(Kind.UNLIMITED, 0);

    private final Kind kind;
    private final long won;

    private MonthlyPurchaseLimit(Kind kind, long won) {
        this.kind = kind;
        this.won = won;
    }

    public static MonthlyPurchaseLimit none() {
        return NONE;
    }

    public static MonthlyPurchaseLimit unlimited() {
        return UNLIMITED;
    }

    public static MonthlyPurchaseLimit of(long won) {
        if (won < 0) {
            throw new IllegalArgumentException("a limit is not negative: " + won);
        }
        return new MonthlyPurchaseLimit(Kind.AMOUNT, won);
    }

    public boolean isNone() {
        return kind == Kind.NONE;
    }

    public boolean isUnlimited() {
        return kind == Kind.UNLIMITED;
    }

    public long won() {
        return won;
    }

    /**
     * What is left this month after {@code usedThisMonth}; {@code Long.MAX_VALUE} when unlimited,
     * 0 when none was granted.
     */
    public long remaining(long usedThisMonth) {
        return switch (kind) {
            case NONE -> 0;
            case UNLIMITED -> Long.MAX_VALUE;
            case AMOUNT -> Math.max(0, won - usedThisMonth);
        };
    }

    /**
     * CB-MEM-6: an amount must not exceed what the master can spend (prepaid balance or
     * postpaid credit limit); "unlimited" is always allowed.
     */
    public boolean fitsWithin(long mastersSpendable) {
        return kind != Kind.AMOUNT || won <= mastersSpendable;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthlyPurchaseLimit l && l.kind == kind && l.won == won;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Long.hashCode(won);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "none";
            case UNLIMITED -> "unlimited";
            case AMOUNT -> won + " KRW";
        };
    }

    enum Kind {
        NONE, AMOUNT, UNLIMITED
    }
}
