package com.bizbill.billing;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The billing portal's calendar. BP-PAY-3: the automatic card charge runs on the 20th, and again on
 * the last day of the month for what failed; holidays are ignored. BP-PAY-2: card payment belongs to
 * the billing month; once the month is over an unpaid invoice gets a tax invoice and only a bank
 * transfer can pay it.
 */
public final class BillingCalendar {

    public static final int FIRST_CHARGE_DAY = 20;

    private BillingCalendar() {
    }

    public static LocalDate firstChargeDay(YearMonth month) {
        return month.atDay(FIRST_CHARGE_DAY);
    }

    public static LocalDate retryDay(YearMonth month) {
        return month.atEndOfMonth();
    }

    /** Which automatic-charge attempt falls on {@code day}: 1 on the 20th, 2 on the last day, else 0. */
    public static int chargeAttemptOn(LocalDate day) {
        YearMonth m = YearMonth.from(day);
        if (day.equals(firstChargeDay(m))) {
            return 1;
        }
        return day.equals(retryDay(m)) ? 2 : 0;
    }

    /** BP-PAY-2: a card may pay an invoice of {@code billingMonth} only while that month lasts. */
    public static boolean cardPayable(YearMonth billingMonth, LocalDate today) {
        return !YearMonth.from(today).isAfter(billingMonth);
    }

    /** BP-PAY-4: a card payment can be cancelled only within its billing month. */
    public static boolean cardCancellable(YearMonth billingMonth, LocalDate today) {
        return cardPayable(billingMonth, today);
    }
}
