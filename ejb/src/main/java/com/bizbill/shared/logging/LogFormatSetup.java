package com.bizbill.shared.logging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issue 15 §1: at start-up, the root logger's handlers get the {@link RequestIdLogFilter} (every line of a
 * request or job carries its id) and, with {@code bizbill.log.format=json}, the {@link JsonLogFormatter}
 * (default {@code plain}: the server's own format). Undone when the application stops.
 */
@Singleton
@Startup
public class LogFormatSetup {

    private static final Logger LOG = Logger.getLogger(LogFormatSetup.class.getName());

    @Inject
    @ConfigProperty(name = "bizbill.log.format", defaultValue = "plain")
    String format;

    private final Map<Handler, Formatter> replacedFormatters = new HashMap<>();

    @PostConstruct
    void install() {
        boolean json = "json".equalsIgnoreCase(format.trim());
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (!(h.getFilter() instanceof RequestIdLogFilter)) {
                h.setFilter(new RequestIdLogFilter(h.getFilter()));
            }
            if (json && !(h.getFormatter() instanceof JsonLogFormatter)) {
                replacedFormatters.put(h, h.getFormatter());
                h.setFormatter(new JsonLogFormatter());
            }
        }
        LOG.info(() -> "log format " + (json ? "json" : "plain") + ", request ids on every line");
    }

    @PreDestroy
    void uninstall() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (h.getFilter() instanceof RequestIdLogFilter f) {
                h.setFilter(f.previous());
            }
        }
        replacedFormatters.forEach(Handler::setFormatter);
        replacedFormatters.clear();
    }
}
