package com.bizbill.billing.taxinvoice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bizbill.billing.taxinvoice.TaxInvoiceGateway.TaxInvoiceRequest;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.bizbill.shared.pdf.OperatorDetails;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real e-tax-invoice adapter (BP-PAY-2) against a stub ASP on loopback. */
class HttpTaxInvoiceGatewayTest {

    @RegisterExtension
    static WireMockExtension asp = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final OperatorDetails OPERATOR = new OperatorDetails("비즈빌 주식회사", "124-81-00998", "홍길동",
            "서울특별시 강남구 테헤란로 1", "1588-0000");
    private static final String APPROVAL = "202611304100000812345678";
    private static final String ISSUE = "/taxinvoices";

    private static HttpTaxInvoiceGateway gateway(String url, Duration timeout) {
        return new HttpTaxInvoiceGateway(url, "test_secret", timeout, OPERATOR);
    }

    private static HttpTaxInvoiceGateway gateway() {
        return gateway(asp.baseUrl(), Duration.ofSeconds(2));
    }

    /** An unpaid November invoice of a card payer, as TaxInvoices sends it on 1 December. */
    private static TaxInvoiceRequest request() {
        return new TaxInvoiceRequest("INV-2026-11-0001", "(주)한빛상사", "2208162517", 100_000, 10_000,
                LocalDate.of(2026, 11, 30));
    }

    private static void issueAnswers(int status, String body) {
        asp.stubFor(post(urlEqualTo(ISSUE)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body)));
    }

    @Test
    void issuesWithTheBearerKeyAndOurInvoiceNumberAsIdempotencyAndManagementKey() {
        issueAnswers(201, "{\"invoicerMgtKey\":\"INV-2026-11-0001\",\"ntsConfirmNum\":\"" + APPROVAL + "\"}");

        assertThat(gateway().issue(request())).isEqualTo(APPROVAL);

        asp.verify(1, postRequestedFor(urlEqualTo(ISSUE))
                .withHeader("Authorization", equalTo("Bearer test_secret"))
                .withHeader("Idempotency-Key", equalTo("INV-2026-11-0001"))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson("""
                        {"writeDate":"20261130","issueType":"정발행","taxType":"과세","purposeType":"청구",
                         "chargeDirection":"정과금",
                         "invoicerCorpNum":"1248100998","invoicerCorpName":"비즈빌 주식회사","invoicerCEOName":"홍길동",
                         "invoicerMgtKey":"INV-2026-11-0001",
                         "invoiceeType":"사업자","invoiceeCorpNum":"2208162517","invoiceeCorpName":"(주)한빛상사",
                         "supplyCostTotal":100000,"taxTotal":10000,"totalAmount":110000,
                         "detailList":[{"serialNum":1,"purchaseDT":"20261130","itemName":"2026년 11월 이용료",
                                        "supplyCost":100000,"tax":10000}]}""")));
    }

    @Test
    void aPlain200AnswerIsAlsoAnIssue() {
        issueAnswers(200, "{\"ntsConfirmNum\":\"" + APPROVAL + "\"}");
        assertThat(gateway().issue(request())).isEqualTo(APPROVAL);
    }

    @Test
    void alreadyIssuedForTheManagementKeyReturnsTheFirstApprovalNumber() {
        issueAnswers(409, "{\"code\":-11000005,\"message\":\"already issued for this management key\"}");
        asp.stubFor(get(urlEqualTo("/taxinvoices/INV-2026-11-0001"))
                .withHeader("Authorization", equalTo("Bearer test_secret"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"invoicerMgtKey\":\"INV-2026-11-0001\",\"ntsConfirmNum\":\"" + APPROVAL + "\","
                                + "\"supplyCostTotal\":100000,\"taxTotal\":10000,\"totalAmount\":110000}")));

        assertThat(gateway().issue(request())).isEqualTo(APPROVAL);

        asp.verify(1, postRequestedFor(urlEqualTo(ISSUE)));
        asp.verify(1, getRequestedFor(urlEqualTo("/taxinvoices/INV-2026-11-0001")));
    }

    @Test
    void anEarlierIssueWithOtherAmountsIsAConflictNotAReuse() {
        issueAnswers(409, "{\"code\":-11000005,\"message\":\"already issued for this management key\"}");
        asp.stubFor(get(urlEqualTo("/taxinvoices/INV-2026-11-0001")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ntsConfirmNum\":\"" + APPROVAL + "\","
                        + "\"supplyCostTotal\":\"90000\",\"taxTotal\":\"9000\"}")));

        assertThatThrownBy(() -> gateway().issue(request())).isInstanceOfSatisfying(BizbillException.class, e -> {
            assertThat(e.getCode()).isEqualTo(ErrorCode.TAX_INVOICE_CONFLICT); // issue 15 §2
            assertThat(e.getMessage()).contains("INV-2026-11-0001", "90000", "100000");
        });
    }

    @Test
    void alreadyIssuedButNotFoundIsUnknownForTheNextRun() {
        issueAnswers(409, "{\"code\":-11000005,\"message\":\"already issued for this management key\"}");
        asp.stubFor(get(urlEqualTo("/taxinvoices/INV-2026-11-0001")).willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> gateway().issue(request())).isInstanceOf(TaxInvoiceOutcomeUnknown.class);
    }

    @Test
    void aRefusalIsABusinessFailureWithTheServicesReasonAndNotRetriedAsUnknown() {
        issueAnswers(400, "{\"code\":-11010006,\"message\":\"공급받는자 사업자번호가 유효하지 않습니다.\"}");

        assertThatThrownBy(() -> gateway().issue(request())).isInstanceOfSatisfying(BizbillException.class, e -> {
            assertThat(e).isNotInstanceOf(TaxInvoiceOutcomeUnknown.class);
            assertThat(e.getCode()).isEqualTo(ErrorCode.TAX_INVOICE_REFUSED); // issue 15 §2
            assertThat(e.getMessage()).contains("INV-2026-11-0001", "-11010006",
                    "공급받는자 사업자번호가 유효하지 않습니다.");
        });
        asp.verify(0, getRequestedFor(urlEqualTo("/taxinvoices/INV-2026-11-0001")));
    }

    @Test
    void aServerErrorIsAnUnknownOutcome() {
        issueAnswers(500, "{\"code\":-99999999,\"message\":\"internal error\"}");
        assertThatThrownBy(() -> gateway().issue(request())).isInstanceOfSatisfying(TaxInvoiceOutcomeUnknown.class,
                e -> assertThat(e.getMessage()).contains("500"));
    }

    @Test
    void aTimeoutIsAnUnknownOutcome() {
        asp.stubFor(post(urlEqualTo(ISSUE)).willReturn(aResponse().withStatus(201).withFixedDelay(1_500)
                .withBody("{\"ntsConfirmNum\":\"" + APPROVAL + "\"}")));
        assertThatThrownBy(() -> gateway(asp.baseUrl(), Duration.ofMillis(300)).issue(request()))
                .isInstanceOfSatisfying(TaxInvoiceOutcomeUnknown.class,
                        e -> assertThat(e.getMessage()).contains("HttpTimeoutException"));
    }

    @Test
    void aResetOrRefusedConnectionIsAnUnknownOutcome() throws IOException {
        asp.stubFor(post(urlEqualTo(ISSUE)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> gateway().issue(request())).isInstanceOf(TaxInvoiceOutcomeUnknown.class);

        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        assertThatThrownBy(() -> gateway("http://127.0.0.1:" + closedPort, Duration.ofSeconds(2)).issue(request()))
                .isInstanceOf(TaxInvoiceOutcomeUnknown.class);
    }

    @Test
    void anIssueAnswerWithoutAWellFormedApprovalNumberIsUnknown() {
        issueAnswers(201, "{\"invoicerMgtKey\":\"INV-2026-11-0001\"}");
        assertThatThrownBy(() -> gateway().issue(request())).isInstanceOf(TaxInvoiceOutcomeUnknown.class);
        issueAnswers(201, "{\"ntsConfirmNum\":\"20261130-BZ\"}");
        assertThatThrownBy(() -> gateway().issue(request())).isInstanceOf(TaxInvoiceOutcomeUnknown.class);
    }

    @Test
    void refusesToStartWithAnOperatorBusinessNumberThatIsNotOne() {
        OperatorDetails demo = new OperatorDetails("비즈빌 주식회사", "123-45-67890", "홍길동", "", "");
        assertThatThrownBy(() -> new HttpTaxInvoiceGateway(asp.baseUrl(), "k", Duration.ofSeconds(1), demo))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("123-45-67890");
    }
}
