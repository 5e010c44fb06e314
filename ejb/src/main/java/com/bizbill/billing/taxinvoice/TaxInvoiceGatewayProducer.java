package com.bizbill.billing.taxinvoice;

import com.bizbill.identity.BusinessNumber;
import com.bizbill.shared.pdf.OperatorDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * {@code bizbill.taxinvoice.adapter=sandbox|http} (sandbox by default; http needs
 * {@code bizbill.taxinvoice.http.url}, {@code .secret-key} and the operator's own
 * {@code bizbill.operator.business-number}; {@code .timeout-ms} is optional).
 */
@ApplicationScoped
public class TaxInvoiceGatewayProducer {

    static final String ADAPTER_KEY = "bizbill.taxinvoice.adapter";
    static final String URL_KEY = "bizbill.taxinvoice.http.url";
    static final String SECRET_KEY_KEY = "bizbill.taxinvoice.http.secret-key";
    static final String TIMEOUT_KEY = "bizbill.taxinvoice.http.timeout-ms";

    @Inject
    Config config;

    @Inject
    SandboxTaxInvoiceGateway sandbox;

    @Produces
    @ApplicationScoped
    TaxInvoiceGateway gateway() {
        String adapter = config.getOptionalValue(ADAPTER_KEY, String.class).orElse("sandbox");
        return switch (adapter) {
            case "sandbox" -> sandbox;
            case "http" -> new HttpTaxInvoiceGateway(required(URL_KEY), required(SECRET_KEY_KEY),
                    Duration.ofMillis(config.getOptionalValue(TIMEOUT_KEY, Integer.class).orElse(10_000)),
                    invoicer());
            default -> throw new IllegalStateException(ADAPTER_KEY + " must be sandbox or http, not " + adapter);
        };
    }

    /**
     * The operator as invoicer. Its business number must be configured explicitly: the demo default of
     * {@link OperatorDetails} is fine on a printed receipt but must never reach the national tax service.
     */
    private OperatorDetails invoicer() {
        String number = config.getOptionalValue(OperatorDetails.BUSINESS_NUMBER_KEY, String.class)
                .orElseThrow(() -> new IllegalStateException(ADAPTER_KEY + "=http needs "
                        + OperatorDetails.BUSINESS_NUMBER_KEY + " (the operator's own business number, the invoicer)"));
        BusinessNumber.check(number).ifPresent(p -> {
            throw new IllegalStateException(OperatorDetails.BUSINESS_NUMBER_KEY + " is not a business number ("
                    + p + "): " + number);
        });
        return OperatorDetails.fromConfig(config);
    }

    private String required(String key) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException(ADAPTER_KEY + "=http needs " + key));
    }
}
