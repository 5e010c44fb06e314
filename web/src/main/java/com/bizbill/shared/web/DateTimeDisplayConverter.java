package com.bizbill.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows an instant as local date and time in the application's zone (Asia/Seoul): 2026-11-23 14:05 (issue 17 §3). */
@FacesConverter("bizbill.dateTime")
public class DateTimeDisplayConverter implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static ZoneId zone() {
        return CDI.current().select(Clock.class).get().getZone();
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null
                : java.time.LocalDateTime.parse(value.trim(), FORMAT).atZone(zone()).toInstant();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.withZone(zone()).format(value);
    }
}
