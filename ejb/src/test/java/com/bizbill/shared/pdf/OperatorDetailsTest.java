package com.bizbill.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

class OperatorDetailsTest {

    @Test
    void defaultsWhenNothingIsConfigured() {
        assertThat(OperatorDetails.fromConfig(config(Map.of()))).isEqualTo(new OperatorDetails(
                "비즈빌 주식회사", "123-45-67890", "홍길동", "서울특별시 강남구 테헤란로 1", "1588-0000"));
    }

    @Test
    void configuredValuesWin() {
        OperatorDetails op = OperatorDetails.fromConfig(config(Map.of(
                "bizbill.operator.name", "테스트 상사",
                "bizbill.operator.business-number", "111-22-33333",
                "bizbill.operator.representative", "김대표",
                "bizbill.operator.address", "부산광역시 해운대구 1",
                "bizbill.operator.phone", "02-000-0000")));

        assertThat(op).isEqualTo(new OperatorDetails(
                "테스트 상사", "111-22-33333", "김대표", "부산광역시 해운대구 1", "02-000-0000"));
    }

    /** Just enough of a Config for fromConfig (no MicroProfile Config implementation on the test classpath). */
    private static Config config(Map<String, String> values) {
        return new Config() {
            @Override
            public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
                return Optional.ofNullable(values.get(name)).map(type::cast);
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
            public <T> Optional<Converter<T>> getConverter(Class<T> type) {
                return Optional.empty();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
