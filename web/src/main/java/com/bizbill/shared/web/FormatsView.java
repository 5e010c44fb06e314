package com.bizbill.shared.web;

import com.bizbill.shared.i18n.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** Issue 17 §3: pages format amounts, times, months and counts one way: {@code #{fmt.won(i.total)}}. */
@Named("fmt")
@ApplicationScoped
public class FormatsView {

    public String won(Long amount) {
        return amount == null ? "" : formats().won(amount);
    }

    public String number(Long n) {
        return n == null ? "" : formats().number(n);
    }

    public String count(Long n) {
        return n == null ? "" : formats().count(n);
    }

    public String dateTime(Instant at) {
        return formats().dateTime(at);
    }

    public String date(LocalDate day) {
        return formats().date(day);
    }

    public String month(YearMonth month) {
        return formats().month(month);
    }

    private static Formats formats() {
        return Messages.formats();
    }
}
