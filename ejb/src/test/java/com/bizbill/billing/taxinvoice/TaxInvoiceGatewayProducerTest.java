package com.bizbill.billing.taxinvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

/** Which e-tax-invoice adapter the configuration selects, and its refusals of an incomplete one. */
class TaxInvoiceGatewayProducerTest {

    private static final Map<String, String> HTTP = Map.of(
            "bizbill.taxinvoice.adapter", "http",
            "bizbill.taxinvoice.http.url", "http://127.0.0.1:9/",
            "bizbill.taxinvoice.http.secret-key", "sk",
            "bizbill.operator.business-number", "124-81-00998");

    private static TaxInvoiceGatewayProducer producer(Map<String, String> values) {
        TaxInvoiceGatewayProducer p = new TaxInvoiceGatewayProducer();
        p.config = config(values);
        p.sandbox = new SandboxTaxInvoiceGateway();
        return p;
    }

    private static Map<String, String> httpWithout(String key) {
        var m = new java.util.HashMap<>(HTTP);
        m.remove(key);
        return m;
    }

    @Test
    void theSandboxByDefault() {
        TaxInvoiceGatewayProducer p = producer(Map.of());
        assertThat(p.gateway()).isSameAs(p.sandbox);
    }

    @Test
    void httpWhenConfiguredCompletely() {
        assertThat(producer(HTTP).gateway()).isInstanceOf(HttpTaxInvoiceGateway.class);
    }

    @Test
    void anUnknownAdapterFailsWithTheKeyAndTheChoices() {
        assertThatThrownBy(() -> producer(Map.of("bizbill.taxinvoice.adapter", "popbill")).gateway())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("bizbill.taxinvoice.adapter must be sandbox or http, not popbill");
    }

    @Test
    void httpNamesTheMissingKey() {
        for (String key : new String[] {"bizbill.taxinvoice.http.url", "bizbill.taxinvoice.http.secret-key",
                "bizbill.operator.business-number"}) {
            assertThatThrownBy(() -> producer(httpWithout(key)).gateway()).as(key)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(key);
        }
    }

    @Test
    void httpRefusesAnOperatorBusinessNumberWithAWrongCheckDigit() {
        var m = new java.util.HashMap<>(HTTP);
        m.put("bizbill.operator.business-number", "123-45-67890"); // the demo default
        assertThatThrownBy(() -> producer(m).gateway()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CHECK_DIGIT");
    }

    /** Just enough of a Config (no MicroProfile Config implementation on the test classpath). */
    private static Config config(Map<String, String> values) {
        return new Config() {
            @Override
            public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
                return Optional.ofNullable(values.get(name)).map(v -> type == Integer.class
                        ? type.cast(Integer.valueOf(v)) : type.cast(v));
            }

            @Override
            public <T> T getValue(String name, Class<T> type) {
                return getOptionalValue(name, type).orElseThrow();
            }

            @Override
            public ConfigValue getConfigValue(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Iterable<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public Iterable<ConfigSource> getConfigSources() {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
                return Optional.empty();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
