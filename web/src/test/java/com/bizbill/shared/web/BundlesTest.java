package com.bizbill.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.shared.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Korean first, English second: both bundles carry the same keys, and every error code has a message. */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/com/bizbill/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void koreanAndEnglishHaveTheSameKeys() throws IOException {
        Properties ko = load("messages_ko.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ko.stringPropertyNames());
    }

    @Test
    void everyErrorCodeHasAMessageInBothLanguages() throws IOException {
        Properties ko = load("messages_ko.properties");
        Properties en = load("messages_en.properties");
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(ko.getProperty(code.messageKey())).as("ko " + code).isNotBlank();
            assertThat(en.getProperty(code.messageKey())).as("en " + code).isNotBlank();
        }
    }
}
