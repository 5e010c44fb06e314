package com.bizbill.ordering;

import com.bizbill.messaging.MessageType;
import com.bizbill.messaging.TemplateVariables;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CB-ORD-10: the operator's template filled in for one recipient. With "auto-fill" the recipient's name and company
 * go into {@code #{이름}} and {@code #{회사명}}; without it they read empty. The orderer's 기념일 text goes into
 * {@code #{기념일}} either way, unless the recipient has its own (a contact's anniversary, issue 23 §3). Used for the live preview, for the placing check and by dispatch, so all three agree.
 */
public final class OrderMessages {

    private OrderMessages() {
    }

    public static String fill(String template, RecipientRow r, boolean autoFill, String anniversaryText) {
        Map<String, String> values = new HashMap<>();
        if (autoFill && r != null) {
            values.put(TemplateVariables.NAME, r.name() == null ? "" : r.name());
            values.put(TemplateVariables.COMPANY, r.company() == null ? "" : r.company());
        }
        String anniversary = r != null && r.anniversary() != null ? r.anniversary() : anniversaryText;
        values.put(TemplateVariables.ANNIVERSARY, anniversary == null ? "" : anniversary.strip());
        return TemplateVariables.fill(template, values);
    }

    /** The longest message of the order (by the carriers' bytes): if it fits, every recipient's does. */
    public static Optional<String> longest(String template, List<RecipientRow> rows, boolean autoFill,
                                           String anniversaryText) {
        if (!autoFill && rows.stream().allMatch(r -> r.anniversary() == null)) {
            return Optional.of(fill(template, null, false, anniversaryText));
        }
        // every row is filled (10,000 fills take milliseconds): a variable used twice counts twice
        return rows.stream().map(r -> fill(template, r, autoFill, anniversaryText))
                .max(Comparator.comparingInt(MessageType::byteLength));
    }
}
