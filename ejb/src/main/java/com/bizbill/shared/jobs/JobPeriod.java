package com.bizbill.shared.jobs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The kinds of period a job runs for, and what is common to each kind: its text form, the staff screen's
 * choice of a day, and the plain "not in the future" checks. The business calendars (the 20th, the 2nd …) are
 * the contexts' own (issue 16 §1).
 */
public enum JobPeriod {
    /** {@code yyyy-MM-dd}. */
    DAY,
    /** {@code yyyy-MM}. */
    MONTH,
    /** {@code yyyy-MM-ddTHH}. */
    HOUR,
    /** A 10-minute slot, {@code yyyy-MM-ddTHH:m0}. */
    SLOT,
    /** The first 20 hex digits of a file's SHA-256 (started by the file, never by the clock). */
    FILE;

    /** The period of this kind that a day picked on the staff screen stands for (today: the current hour/slot). */
    public String periodFor(LocalDate day, ZonedDateTime now) {
        boolean today = day.equals(now.toLocalDate());
        return switch (this) {
            case DAY, FILE -> day.toString();
            case MONTH -> YearMonth.from(day).toString();
            case HOUR -> today ? hourOf(now) : day + "T23";
            case SLOT -> today ? slotOf(now) : day + "T23:50";
        };
    }

    /** The plain rule: the current period is due (today, this month, this hour, this slot; no file is). */
    public List<String> current(ZonedDateTime now, int lookbackDays) {
        return switch (this) {
            case DAY -> List.of(now.toLocalDate().toString());
            case MONTH -> List.of(YearMonth.from(now).toString());
            case HOUR -> List.of(hourOf(now));
            case SLOT -> List.of(slotOf(now));
            case FILE -> List.of();
        };
    }

    /** The plain rule: a well-formed period of this kind that is not in the future (a file: its hash). */
    public boolean isValid(String period, ZonedDateTime now) {
        return switch (this) {
            case DAY -> isPastOrToday(period, now);
            case MONTH -> month(period) != null && !month(period).isAfter(YearMonth.from(now));
            case HOUR -> isPastOrThisHour(period, now);
            case SLOT -> isPastOrThisSlot(period, now);
            case FILE -> period != null && period.matches("[0-9a-f]{20}");
        };
    }

    public static String hourOf(ZonedDateTime now) {
        return now.toLocalDate() + "T" + String.format("%02d", now.getHour());
    }

    public static String slotOf(ZonedDateTime now) {
        return now.toLocalDate() + "T" + String.format("%02d:%d0", now.getHour(), now.getMinute() / 10);
    }

    /** Today and the {@code lookbackDays - 1} days before it, newest first. */
    public static List<LocalDate> daysBack(LocalDate from, int lookbackDays) {
        return IntStream.range(0, Math.max(1, lookbackDays)).mapToObj(from::minusDays).toList();
    }

    /** A well-formed day that is not after today. */
    public static boolean isPastOrToday(String period, ZonedDateTime now) {
        try {
            return LocalDate.parse(period).isBefore(now.toLocalDate().plusDays(1));
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }

    /** A well-formed month, or null. */
    public static YearMonth month(String period) {
        try {
            return YearMonth.parse(period);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    /** A well-formed hour not after the current one. */
    public static boolean isPastOrThisHour(String period, ZonedDateTime now) {
        return period != null && period.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}") && period.compareTo(hourOf(now)) <= 0;
    }

    /** A well-formed 10-minute slot not after the current one. */
    public static boolean isPastOrThisSlot(String period, ZonedDateTime now) {
        return period != null && period.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d0") && period.compareTo(slotOf(now)) <= 0;
    }
}
