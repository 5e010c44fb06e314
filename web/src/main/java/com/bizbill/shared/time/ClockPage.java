package com.bizbill.shared.time;

import com.bizbill.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Admin: the demo clock. Staff see the application's time and move it forward by days or hours. */
@Named
@RequestScoped
public class ClockPage {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (EEE) VV");

    @Inject
    DemoClockService clock;

    @Min(0)
    @Max(400)
    private int days = 1;

    @Min(0)
    @Max(23)
    private int hours;

    public boolean isDemo() {
        return clock.isDemo();
    }

    public String getNow() {
        return clock.now().format(FORMAT.withLocale(Messages.locale()));
    }

    public long getOffsetDays() {
        return clock.offset().toDays();
    }

    public void advance() {
        Duration step = Duration.ofDays(days).plusHours(hours);
        if (step.isZero()) {
            Messages.add(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "clockForm:days", "clock.zeroStep");
            return;
        }
        ZonedDateTime now = clock.advance(step);
        Messages.info("clock.moved", Messages.particles(now.format(FORMAT.withLocale(Messages.locale())), "toward"));
    }

    public void reset() {
        ZonedDateTime now = clock.reset();
        Messages.info("clock.moved", Messages.particles(now.format(FORMAT.withLocale(Messages.locale())), "toward"));
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = hours;
    }
}
