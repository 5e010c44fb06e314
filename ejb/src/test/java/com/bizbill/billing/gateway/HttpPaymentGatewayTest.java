package com.bizbill.billing.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bizbill.billing.gateway.PaymentGateway.ChargeRequest;
import com.bizbill.billing.gateway.PaymentGateway.ChargeResult;
import com.bizbill.billing.gateway.PaymentGateway.VirtualAccount;
import com.bizbill.billing.gateway.PaymentGateway.VirtualAccountRequest;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real payment-gateway adapter against a stub server on loopback (BP-CARD-1, NB-CARD-1). */
class HttpPaymentGatewayTest {

    @RegisterExtension
    static WireMockExtension pg = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("test_sk:".getBytes(StandardCharsets.UTF_8));

    private HttpPaymentGateway gateway(Duration timeout) {
        return new HttpPaymentGateway(pg.baseUrl(), "test_sk", timeout);
    }

    private static ChargeRequest charge() {
        return new ChargeRequest("bk_123", "cust-7", "INV-2026-11-0001-A1", "11월 청구", 110_000, "attempt-42");
    }

    @Test
    void exchangesTheAuthKeyAndKeepsOnlyKeyBrandAndLastFourDigits() {
        pg.stubFor(post(urlEqualTo("/v1/billing/authorizations/issue"))
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("{\"authKey\":\"ak_1\",\"customerKey\":\"cust-7\"}"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                        "{\"mId\":\"tosspayments\",\"customerKey\":\"cust-7\",\"billingKey\":\"bk_123\","
                                + "\"card\":{\"issuerCode\":\"61\",\"number\":\"43301234****123*\",\"cardType\":\"신용\"}}")));
        PaymentGateway.BillingKey key = gateway(Duration.ofSeconds(2)).issueBillingKey("ak_1", "cust-7");
        assertThat(key.billingKey()).isEqualTo("bk_123");
        assertThat(key.cardBrand()).isEqualTo("61");
        assertThat(key.last4()).isEqualTo("123*");
    }

    @Test
    void chargesWithTheIdempotencyKeyOfTheAttempt() {
        pg.stubFor(post(urlEqualTo("/v1/billing/bk_123")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"paymentKey\":\"pk_9\","
                        + "\"orderId\":\"INV-2026-11-0001-A1\",\"status\":\"DONE\",\"totalAmount\":110000}")));
        ChargeResult r = gateway(Duration.ofSeconds(2)).charge(charge());
        assertThat(r.status()).isEqualTo(ChargeResult.Status.DONE);
        assertThat(r.paymentKey()).isEqualTo("pk_9");
        assertThat(r.amount()).isEqualTo(110_000);
        pg.verify(postRequestedFor(urlEqualTo("/v1/billing/bk_123"))
                .withHeader("Idempotency-Key", equalTo("attempt-42"))
                .withRequestBody(equalToJson("{\"customerKey\":\"cust-7\",\"amount\":110000,"
                        + "\"orderId\":\"INV-2026-11-0001-A1\",\"orderName\":\"11월 청구\"}")));
    }

    @Test
    void aRefusalIsADeclineWithTheGatewaysCode() {
        pg.stubFor(post(urlEqualTo("/v1/billing/bk_123")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"REJECT_CARD_PAYMENT\",\"message\":\"한도초과 혹은 잔액부족\"}")));
        ChargeResult r = gateway(Duration.ofSeconds(2)).charge(charge());
        assertThat(r.status()).isEqualTo(ChargeResult.Status.DECLINED);
        assertThat(r.failureCode()).isEqualTo("REJECT_CARD_PAYMENT");
        assertThat(r.failureMessage()).isEqualTo("한도초과 혹은 잔액부족");
    }

    @Test
    void timeoutsResetsAnd5xxAreUnknownOutcomesNeverDeclines() {
        pg.stubFor(post(urlEqualTo("/v1/billing/bk_123")).willReturn(aResponse().withStatus(200).withFixedDelay(1_500)));
        assertThatThrownBy(() -> gateway(Duration.ofMillis(300)).charge(charge()))
                .isInstanceOf(GatewayOutcomeUnknown.class);
        pg.stubFor(post(urlEqualTo("/v1/billing/bk_123")).willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).charge(charge()))
                .isInstanceOfSatisfying(BizbillException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.PAYMENT_OUTCOME_UNKNOWN));
        pg.stubFor(post(urlEqualTo("/v1/billing/bk_123")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).charge(charge()))
                .isInstanceOf(GatewayOutcomeUnknown.class);
    }

    @Test
    void reconciliationLooksThePaymentUpByOrderId() {
        pg.stubFor(get(urlEqualTo("/v1/payments/orders/INV-2026-11-0001-A1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"paymentKey\":\"pk_9\","
                        + "\"orderId\":\"INV-2026-11-0001-A1\",\"status\":\"DONE\",\"totalAmount\":110000}")));
        pg.stubFor(get(urlEqualTo("/v1/payments/orders/INV-NEVER")).willReturn(aResponse().withStatus(404)
                .withBody("{\"code\":\"NOT_FOUND_PAYMENT\",\"message\":\"존재하지 않는 결제 정보 입니다.\"}")));
        assertThat(gateway(Duration.ofSeconds(2)).lookup("INV-2026-11-0001-A1"))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(ChargeResult.Status.DONE));
        assertThat(gateway(Duration.ofSeconds(2)).lookup("INV-NEVER")).isEmpty();
    }

    @Test
    void cancelsFullyOrPartly() {
        pg.stubFor(post(urlEqualTo("/v1/payments/pk_9/cancel")).withRequestBody(equalToJson(
                        "{\"cancelReason\":\"고객 요청\",\"cancelAmount\":10000}"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                        "{\"paymentKey\":\"pk_9\",\"status\":\"PARTIAL_CANCELED\",\"totalAmount\":110000,"
                                + "\"cancels\":[{\"cancelAmount\":10000}]}")));
        PaymentGateway.CancelResult partial = gateway(Duration.ofSeconds(2)).cancel("pk_9", 10_000L, "고객 요청", "c-1");
        assertThat(partial.ok()).isTrue();
        assertThat(partial.cancelledAmount()).isEqualTo(10_000);

        pg.stubFor(post(urlEqualTo("/v1/payments/pk_8/cancel")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"NOT_CANCELABLE_PAYMENT\",\"message\":\"취소 할 수 없는 결제 입니다.\"}")));
        PaymentGateway.CancelResult refused = gateway(Duration.ofSeconds(2)).cancel("pk_8", null, "x", "c-2");
        assertThat(refused.ok()).isFalse();
        assertThat(refused.failureCode()).isEqualTo("NOT_CANCELABLE_PAYMENT");
    }

    @Test
    void issue13ACancelCarriesTheCancelAttemptsIdempotencyKeyAsAHeader() {
        pg.stubFor(post(urlEqualTo("/v1/payments/pk_9/cancel")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"paymentKey\":\"pk_9\","
                        + "\"status\":\"PARTIAL_CANCELED\",\"totalAmount\":110000,\"cancels\":[{\"cancelAmount\":4000}]}")));
        PaymentGateway.CancelResult r = gateway(Duration.ofSeconds(2))
                .cancel("pk_9", 4_000L, "충전 취소", "bizbill-cancel-attempt-77");
        assertThat(r.ok()).isTrue();
        assertThat(r.cancelledAmount()).isEqualTo(4_000);
        pg.verify(1, postRequestedFor(urlEqualTo("/v1/payments/pk_9/cancel"))
                .withHeader("Idempotency-Key", equalTo("bizbill-cancel-attempt-77"))
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("{\"cancelReason\":\"충전 취소\",\"cancelAmount\":4000}")));
    }

    @Test
    void issue13ACancelWhoseAnswerIsLostIsUnknownAndIsLookedUpWithTheSameKeyAndBody() {
        pg.stubFor(post(urlEqualTo("/v1/payments/pk_9/cancel")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(1_500)));
        assertThatThrownBy(() -> gateway(Duration.ofMillis(300)).cancel("pk_9", 4_000L, "충전 취소", "c-77"))
                .isInstanceOf(GatewayOutcomeUnknown.class);
        pg.stubFor(post(urlEqualTo("/v1/payments/pk_9/cancel")).willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).cancel("pk_9", 4_000L, "충전 취소", "c-77"))
                .isInstanceOf(GatewayOutcomeUnknown.class);
        // Toss answers a repeated Idempotency-Key with its first result and does not refund again
        pg.stubFor(post(urlEqualTo("/v1/payments/pk_9/cancel")).withHeader("Idempotency-Key", equalTo("c-77"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"paymentKey\":\"pk_9\",\"status\":\"PARTIAL_CANCELED\",\"totalAmount\":110000,"
                                + "\"cancels\":[{\"cancelAmount\":4000}]}")));
        assertThat(gateway(Duration.ofSeconds(2)).lookupCancel("pk_9", 4_000L, "충전 취소", "c-77"))
                .hasValueSatisfying(c -> {
                    assertThat(c.ok()).isTrue();
                    assertThat(c.cancelledAmount()).isEqualTo(4_000);
                });
        pg.verify(postRequestedFor(urlEqualTo("/v1/payments/pk_9/cancel"))
                .withHeader("Idempotency-Key", equalTo("c-77"))
                .withRequestBody(equalToJson("{\"cancelReason\":\"충전 취소\",\"cancelAmount\":4000}")));
        pg.verify(0, postRequestedFor(urlEqualTo("/v1/payments/pk_9/cancel"))
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.notMatching("c-77")));
    }

    @Test
    void aBillingKeyRefusalIsADeclineAndAnOutageIsUnavailable() {
        pg.stubFor(post(urlEqualTo("/v1/billing/authorizations/issue")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"INVALID_AUTH_KEY\",\"message\":\"bad\"}")));
        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).issueBillingKey("x", "c"))
                .isInstanceOfSatisfying(BizbillException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.PAYMENT_DECLINED));
        pg.stubFor(post(urlEqualTo("/v1/billing/authorizations/issue")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).issueBillingKey("x", "c"))
                .isInstanceOfSatisfying(BizbillException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.PAYMENT_GATEWAY_UNAVAILABLE));
    }

    @Test
    void confirmsTheApprovedPaymentForTheExpectedAmountWithTheIdempotencyKey() {
        pg.stubFor(post(urlEqualTo("/v1/payments/confirm")).withHeader("Authorization", equalTo(BASIC))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"paymentKey\":\"pk_c1\",\"orderId\":\"INV-2026-11-0002-A1\","
                                + "\"status\":\"DONE\",\"method\":\"카드\",\"totalAmount\":55000}")));
        ChargeResult r = gateway(Duration.ofSeconds(2)).confirm("pk_c1", "INV-2026-11-0002-A1", 55_000, "attempt-77");
        assertThat(r.status()).isEqualTo(ChargeResult.Status.DONE);
        assertThat(r.paymentKey()).isEqualTo("pk_c1");
        assertThat(r.orderId()).isEqualTo("INV-2026-11-0002-A1");
        assertThat(r.amount()).isEqualTo(55_000);
        pg.verify(postRequestedFor(urlEqualTo("/v1/payments/confirm"))
                .withHeader("Idempotency-Key", equalTo("attempt-77"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"paymentKey\":\"pk_c1\",\"orderId\":\"INV-2026-11-0002-A1\","
                        + "\"amount\":55000}")));
    }

    @Test
    void aRefusedConfirmationIsADeclineWithTheGatewaysCode() {
        pg.stubFor(post(urlEqualTo("/v1/payments/confirm")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"REJECT_CARD_PAYMENT\",\"message\":\"한도초과 혹은 잔액부족\"}")));
        ChargeResult r = gateway(Duration.ofSeconds(2)).confirm("pk_c1", "INV-2026-11-0002-A1", 55_000, "attempt-77");
        assertThat(r.status()).isEqualTo(ChargeResult.Status.DECLINED);
        assertThat(r.orderId()).isEqualTo("INV-2026-11-0002-A1");
        assertThat(r.failureCode()).isEqualTo("REJECT_CARD_PAYMENT");
        assertThat(r.failureMessage()).isEqualTo("한도초과 혹은 잔액부족");
    }

    @Test
    void aConfirmationTimeoutIsAnUnknownOutcome() {
        pg.stubFor(post(urlEqualTo("/v1/payments/confirm")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(1_500)));
        assertThatThrownBy(() -> gateway(Duration.ofMillis(300)).confirm("pk_c1", "INV-2026-11-0002-A1", 55_000, "a"))
                .isInstanceOf(GatewayOutcomeUnknown.class);
    }

    @Test
    void aConfirmationServerErrorIsAnUnknownOutcome() {
        pg.stubFor(post(urlEqualTo("/v1/payments/confirm")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"FAILED_INTERNAL_SYSTEM_PROCESSING\",\"message\":\"내부 시스템 처리 작업이 실패했습니다.\"}")));
        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).confirm("pk_c1", "INV-2026-11-0002-A1", 55_000, "a"))
                .isInstanceOfSatisfying(GatewayOutcomeUnknown.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.PAYMENT_OUTCOME_UNKNOWN));
    }

    @Test
    void issuesAVirtualAccountAndMapsWhereAndUntilWhenToDeposit() {
        pg.stubFor(post(urlEqualTo("/v1/virtual-accounts")).withHeader("Authorization", equalTo(BASIC))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                        "{\"paymentKey\":\"pk_va1\",\"orderId\":\"INV-2026-11-0003-A1\","
                                + "\"status\":\"WAITING_FOR_DEPOSIT\",\"method\":\"가상계좌\",\"totalAmount\":330000,"
                                + "\"virtualAccount\":{\"accountType\":\"일반\",\"accountNumber\":\"X6505636518308\","
                                + "\"bankCode\":\"88\",\"customerName\":\"(주)비즈\","
                                + "\"dueDate\":\"2026-11-26T23:59:59+09:00\",\"refundStatus\":\"NONE\","
                                + "\"expired\":false,\"settlementStatus\":\"INCOMPLETED\"}}")));
        VirtualAccount va = gateway(Duration.ofSeconds(2)).issueVirtualAccount(new VirtualAccountRequest(
                "INV-2026-11-0003-A1", "11월 청구", 330_000, "(주)비즈", "attempt-90"));
        assertThat(va.paymentKey()).isEqualTo("pk_va1");
        assertThat(va.orderId()).isEqualTo("INV-2026-11-0003-A1");
        assertThat(va.bank()).isEqualTo("88");
        assertThat(va.accountNumber()).isEqualTo("X6505636518308");
        assertThat(va.amount()).isEqualTo(330_000);
        assertThat(va.dueAt()).isEqualTo(Instant.parse("2026-11-26T14:59:59Z"));
        pg.verify(postRequestedFor(urlEqualTo("/v1/virtual-accounts"))
                .withHeader("Idempotency-Key", equalTo("attempt-90"))
                .withRequestBody(equalToJson("{\"amount\":330000,\"orderId\":\"INV-2026-11-0003-A1\","
                        + "\"orderName\":\"11월 청구\",\"customerName\":\"(주)비즈\",\"bank\":\"88\","
                        + "\"validHours\":72}")));
    }

    @Test
    void aVirtualAccountRefusalIsADecline() {
        pg.stubFor(post(urlEqualTo("/v1/virtual-accounts")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"INVALID_REQUEST\",\"message\":\"잘못된 요청입니다.\"}")));
        assertThatThrownBy(() -> gateway(Duration.ofSeconds(2)).issueVirtualAccount(new VirtualAccountRequest(
                "INV-2026-11-0003-A1", "11월 청구", 330_000, "(주)비즈", "attempt-90")))
                .isInstanceOfSatisfying(BizbillException.class, e -> {
                    assertThat(e).isNotInstanceOf(GatewayOutcomeUnknown.class);
                    assertThat(e.getCode()).isEqualTo(ErrorCode.PAYMENT_DECLINED);
                    assertThat(e.getMessage()).contains("INVALID_REQUEST");
                });
    }

    @Test
    void aVirtualAccountTimeoutIsAnUnknownOutcome() {
        pg.stubFor(post(urlEqualTo("/v1/virtual-accounts")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(1_500)));
        assertThatThrownBy(() -> gateway(Duration.ofMillis(300)).issueVirtualAccount(new VirtualAccountRequest(
                "INV-2026-11-0003-A1", "11월 청구", 330_000, "(주)비즈", "attempt-90")))
                .isInstanceOf(GatewayOutcomeUnknown.class);
    }
}
