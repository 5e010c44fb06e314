package com.bizbill.shared.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A periodic job in a form by its job name (issue 16 §1: jobs are the contexts' enums, not one enum JSF knows). */
@Named
@ApplicationScoped
public class PeriodicJobConverter implements Converter<PeriodicJob> {

    @Inject
    PeriodicJobs jobs;

    @Override
    public PeriodicJob getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return jobs.byXmlName(value).orElseThrow(() -> new ConverterException("no job " + value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PeriodicJob value) {
        return value == null ? "" : value.jobXmlName();
    }
}
