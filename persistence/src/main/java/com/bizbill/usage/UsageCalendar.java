package com.bizbill.usage;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * NB-CYC-1: last month's usage is collected on the 2nd, the bill notification goes out on the 3rd and
 * the card is charged on the 5th. A step that fell due while the app was down runs when it is back,
 * but never before its day.
 */
public final class UsageCalendar {

    public static final int COLLECT_DAY = 2;
    public static final int NOTIFY_DAY = 3;
    public static final int CHARGE_DAY = 5;

    private UsageCalendar() {
    }

    /** The usage month a cycle step on {@code day}'s month works on: the month before. */
    public static YearMonth usageMonthOf(LocalDate day) {
        return YearMonth.from(day).minusMonths(1);
    }

    public static LocalDate collectDay(YearMonth usageMonth) {
        return usageMonth.plusMonths(1).atDay(COLLECT_DAY);
    }

    public static LocalDate notifyDay(YearMonth usageMonth) {
        return usageMonth.plusMonths(1).atDay(NOTIFY_DAY);
    }

    public static LocalDate chargeDay(YearMonth usageMonth) {
        return usageMonth.plusMonths(1).atDay(CHARGE_DAY);
    }

    /** Whether the step of {@code stepDay} for a usage month may run on {@code today} (not before its day). */
    public static boolean due(LocalDate stepDay, LocalDate today) {
        return !today.isBefore(stepDay);
    }
}
