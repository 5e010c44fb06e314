package com.bizbill.shared.web;

import com.bizbill.shared.i18n.Labels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Issue 17 §2: pages read enum values and codes through the one label source: {@code #{labels.of(r.status)}},
 * {@code #{labels.code('AuditAction', e.action)}}; in the viewer's language.
 */
@Named("labels")
@ApplicationScoped
public class LabelsView {

    public String of(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> e ? labels().of(e) : String.valueOf(value);
    }

    public String code(String kind, Object code) {
        return code == null ? "" : labels().code(kind, String.valueOf(code));
    }

    public String auditValue(String targetType, String value) {
        return labels().auditValue(targetType, value);
    }

    private static Labels labels() {
        return Messages.labels();
    }
}
