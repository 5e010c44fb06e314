package com.bizbill.usage;

import com.bizbill.shared.web.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** Chart.js configuration of a month's daily usage (NB-USE-1): stacked bars of delivered messages by type. */
final class UsageCharts {

    private UsageCharts() {
    }

    static String daily(List<UsageQueries.DailyUsage> days) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder alimtalk = Json.createArrayBuilder();
        JsonArrayBuilder sms = Json.createArrayBuilder();
        JsonArrayBuilder lms = Json.createArrayBuilder();
        for (UsageQueries.DailyUsage d : days) {
            labels.add(d.day().getDayOfMonth());
            alimtalk.add(d.alimtalk());
            sms.add(d.sms());
            lms.add(d.lms());
        }
        var stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar").add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(set(Messages.get("usage.alimtalk"), alimtalk, "#f2c94c"))
                                .add(set(Messages.get("usage.sms"), sms, "#4c78a8"))
                                .add(set(Messages.get("usage.lms"), lms, "#54a24b"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", stacked).add("y", Json.createObjectBuilder()
                                .add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder set(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }
}
