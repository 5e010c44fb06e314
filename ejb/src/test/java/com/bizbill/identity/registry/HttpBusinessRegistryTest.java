package com.bizbill.identity.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bizbill.identity.BusinessNumber;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real registry adapter against a stub server on loopback (CB-MEM-2). */
class HttpBusinessRegistryTest {

    @RegisterExtension
    static WireMockExtension registry = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final BusinessNumber NUMBER = BusinessNumber.parse("220-81-62517");

    private HttpBusinessRegistry adapter(Duration timeout) {
        return new HttpBusinessRegistry(registry.baseUrl(), "key+with/specials", timeout);
    }

    private void answer(String body) {
        registry.stubFor(post(urlPathEqualTo("/api/nts-businessman/v1/status"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    @ParameterizedTest
    @CsvSource({"01, OPEN", "02, SUSPENDED", "03, CLOSED"})
    void readsTheStatusCode(String code, BusinessStatus expected) {
        answer("{\"request_cnt\":1,\"status_code\":\"OK\",\"data\":[{\"b_no\":\"2208162517\",\"b_stt\":\"\","
                + "\"b_stt_cd\":\"" + code + "\",\"tax_type\":\"\"}]}");
        assertThat(adapter(Duration.ofSeconds(2)).statusOf(NUMBER)).isEqualTo(expected);
        registry.verify(postRequestedFor(urlPathEqualTo("/api/nts-businessman/v1/status"))
                .withQueryParam("serviceKey", equalTo("key+with/specials"))
                .withRequestBody(equalToJson("{\"b_no\":[\"2208162517\"]}")));
    }

    @Test
    void anEmptyStatusMeansNotRegistered() {
        answer("{\"data\":[{\"b_no\":\"2208162517\",\"b_stt_cd\":\"\","
                + "\"tax_type\":\"국세청에 등록되지 않은 사업자등록번호입니다.\"}]}");
        assertThat(adapter(Duration.ofSeconds(2)).statusOf(NUMBER)).isEqualTo(BusinessStatus.UNKNOWN);
    }

    @Test
    void serverErrorsAndTimeoutsAreUnavailableNeverOpen() {
        registry.stubFor(post(urlPathEqualTo("/api/nts-businessman/v1/status")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(2)).statusOf(NUMBER))
                .isInstanceOfSatisfying(BizbillException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.REGISTRY_UNAVAILABLE));

        registry.stubFor(post(urlPathEqualTo("/api/nts-businessman/v1/status"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(1_500).withBody("{\"data\":[]}")));
        assertThatThrownBy(() -> adapter(Duration.ofMillis(300)).statusOf(NUMBER))
                .isInstanceOfSatisfying(BizbillException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.REGISTRY_UNAVAILABLE));
    }

    @Test
    void garbageIsUnavailable() {
        answer("<html>maintenance</html>");
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(2)).statusOf(NUMBER))
                .isInstanceOf(BizbillException.class);
    }
}
