package com.bizbill.shared.jobs;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The periodic jobs, their job XML names, when each period falls due and which job of the same
 * period must have completed first.
 */
public enum PeriodicJob {

    /** Daily: every ledger account's balance at the end of yesterday (period = that date). */
    LEDGER_SNAPSHOT("ledger-snapshot", Period.DAY) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            LocalDate yesterday = now.toLocalDate().minusDays(1);
            return java.util.stream.IntStream.range(0, lookbackDays)
                    .mapToObj(i -> yesterday.minusDays(i).toString()).toList();
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            try {
                return LocalDate.parse(period).isBefore(now.toLocalDate().plusDays(1));
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    },

    /** Daily: purge invitations older than 14 days and mark idle sub-members dormant (CB-MEM-5). Period = the day. */
    MEMBER_HOUSEKEEPING("member-housekeeping", Period.DAY) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return List.of(now.toLocalDate().toString());
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return LEDGER_SNAPSHOT.isValidPeriod(period, now);
        }
    },

    /**
     * Hourly: settles payment attempts whose outcome is UNKNOWN (or that a crash left INITIATED) by
     * asking the gateway by order id — never by charging again. Period = the hour, {@code yyyy-MM-ddTHH}.
     */
    PAYMENT_RECONCILIATION("payment-reconciliation", Period.HOUR) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return List.of(hourOf(now));
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return period != null && period.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}") && period.compareTo(hourOf(now)) <= 0;
        }
    },

    /**
     * BP-PAY-3: the automatic card charge of unpaid invoices on the 20th (attempt 1) and the last day
     * of the month (attempt 2); holidays ignored. Period = the day; a day missed while the app was down
     * is caught up.
     */
    INVOICE_AUTO_CHARGE("invoice-auto-charge", Period.DAY) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            LocalDate today = now.toLocalDate();
            return java.util.stream.IntStream.range(0, Math.max(1, lookbackDays)).mapToObj(today::minusDays)
                    .filter(d -> com.bizbill.billing.BillingCalendar.chargeAttemptOn(d) != 0)
                    .map(LocalDate::toString).toList();
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return LEDGER_SNAPSHOT.isValidPeriod(period, now)
                    && com.bizbill.billing.BillingCalendar.chargeAttemptOn(LocalDate.parse(period)) != 0;
        }
    },

    /**
     * BP-PAY-2 at month end: tax invoices for card payers' invoices of last month that are still
     * unpaid. Period = that billing month, due from the 1st of the next.
     */
    MONTH_END_TAX_INVOICE("month-end-tax-invoice", Period.MONTH) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return List.of(java.time.YearMonth.from(now).minusMonths(1).toString());
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            try {
                return java.time.YearMonth.parse(period).isBefore(java.time.YearMonth.from(now));
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    },

    /**
     * BP-INV-2: the import of one invoice file; started for an upload or an inbox file, never by the
     * clock. Period = the first 20 hex digits of the file's SHA-256, so each content is imported once.
     */
    INVOICE_FILE_IMPORT("invoice-file-import", Period.FILE) {

        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return List.of();
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return period != null && period.matches("[0-9a-f]{20}");
        }
    },

    /** CB-PST-1, on the 1st: opens the month's credit line of every postpaid company. Period = {@code yyyy-MM}. */
    CREDIT_LIMIT_RESET("credit-limit-reset", Period.MONTH) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return List.of(java.time.YearMonth.from(now).toString());
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            try {
                return !java.time.YearMonth.parse(period).isAfter(java.time.YearMonth.from(now));
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    },

    /** NB-CYC-1, on the 2nd: last month's delivered messages into one usage bill per store. Period = the usage month. */
    USAGE_COLLECTION("usage-collection", Period.MONTH) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return usageStepDue(now, com.bizbill.usage.UsageCalendar.COLLECT_DAY);
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return usageStepValid(period, now, com.bizbill.usage.UsageCalendar.COLLECT_DAY);
        }
    },

    /** NB-CYC-1, on the 3rd, after the collection: the bill notification (Alimtalk) to each store. */
    USAGE_BILL_NOTICE("usage-bill-notice", Period.MONTH) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return usageStepDue(now, com.bizbill.usage.UsageCalendar.NOTIFY_DAY);
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return usageStepValid(period, now, com.bizbill.usage.UsageCalendar.NOTIFY_DAY);
        }

        @Override
        public Optional<PeriodicJob> after() {
            return Optional.of(USAGE_COLLECTION);
        }
    },

    /** NB-CYC-1, on the 5th, after the notification: the card charge of each store's bill. */
    USAGE_CHARGE("usage-charge", Period.MONTH) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return usageStepDue(now, com.bizbill.usage.UsageCalendar.CHARGE_DAY);
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return usageStepValid(period, now, com.bizbill.usage.UsageCalendar.CHARGE_DAY);
        }

        @Override
        public Optional<PeriodicJob> after() {
            return Optional.of(USAGE_BILL_NOTICE);
        }
    },

    /**
     * Every 10 minutes: the message gateway's delivery reports update the usage records (and send the
     * SMS/LMS fallback of failed Alimtalks). Period = the 10-minute slot, {@code yyyy-MM-ddTHH:m0}.
     */
    MESSAGE_DELIVERY_REPORTS("message-delivery-reports", Period.SLOT) {
        @Override
        public List<String> duePeriods(ZonedDateTime now, int lookbackDays) {
            return List.of(slotOf(now));
        }

        @Override
        public boolean isValidPeriod(String period, ZonedDateTime now) {
            return period != null && period.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d0") && period.compareTo(slotOf(now)) <= 0;
        }
    };

    /** What a period of the job is: a day, a month, an hour, a 10-minute slot, or a file's content hash. */
    enum Period { DAY, MONTH, HOUR, SLOT, FILE }

    private final String jobXmlName;
    private final Period period;

    PeriodicJob(String jobXmlName, Period period) {
        this.jobXmlName = jobXmlName;
        this.period = period;
    }

    public String jobXmlName() {
        return jobXmlName;
    }

    /** The periods that are due at {@code now}, newest first, looking back to catch up after downtime. */
    public abstract List<String> duePeriods(ZonedDateTime now, int lookbackDays);

    /** Whether staff may start this period now (well-formed, not in the future). */
    public abstract boolean isValidPeriod(String period, ZonedDateTime now);

    /**
     * The period of this job that a day picked on the staff screen stands for: the day itself, or its
     * month for monthly jobs, or the day's last slot (today: the current one) for hourly and shorter jobs.
     */
    public String periodFor(LocalDate day, ZonedDateTime now) {
        boolean today = day.equals(now.toLocalDate());
        return switch (period) {
            case DAY, FILE -> day.toString();
            case MONTH -> java.time.YearMonth.from(day).toString();
            case HOUR -> today ? hourOf(now) : day + "T23";
            case SLOT -> today ? slotOf(now) : day + "T23:50";
        };
    }

    /** Whether staff start it from the jobs screen by picking a day (not the file import: a file starts it). */
    public boolean startableByStaff() {
        return period != Period.FILE;
    }

    static String hourOf(ZonedDateTime now) {
        return now.toLocalDate() + "T" + String.format("%02d", now.getHour());
    }

    static String slotOf(ZonedDateTime now) {
        return now.toLocalDate() + "T" + String.format("%02d:%d0", now.getHour(), now.getMinute() / 10);
    }

    /** The job whose run of the same period must have completed before this one starts (NB-CYC-1 order). */
    public Optional<PeriodicJob> after() {
        return Optional.empty();
    }

    /** The usage month whose cycle step of {@code day} is due now, if the day has come (NB-CYC-1). */
    static List<String> usageStepDue(ZonedDateTime now, int day) {
        return now.getDayOfMonth() >= day ? List.of(java.time.YearMonth.from(now).minusMonths(1).toString()) : List.of();
    }

    /** A usage month whose step of {@code day} (in the next month) has come. */
    static boolean usageStepValid(String period, ZonedDateTime now, int day) {
        try {
            return !java.time.YearMonth.parse(period).plusMonths(1).atDay(day).isAfter(now.toLocalDate());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public static Optional<PeriodicJob> byXmlName(String name) {
        return Arrays.stream(values()).filter(j -> j.jobXmlName.equals(name)).findFirst();
    }
}
