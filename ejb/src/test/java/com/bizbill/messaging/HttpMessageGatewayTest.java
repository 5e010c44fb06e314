package com.bizbill.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bizbill.messaging.MessageGateway.DeliveryReport;
import com.bizbill.messaging.MessageGateway.OutgoingMessage;
import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The NHN-Cloud-style message gateway adapter against a stub server on loopback. */
class HttpMessageGatewayTest {

    @RegisterExtension
    static WireMockExtension nhn = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String ALIMTALK_SEND = "/alimtalk/v2.3/appkeys/app-key-1/raw-messages";
    private static final String SMS_SEND = "/sms/v3.0/appKeys/app-key-1/sender/sms";
    private static final String LMS_SEND = "/sms/v3.0/appKeys/app-key-1/sender/mms";
    private static final String ALIMTALK_RESULTS = "/alimtalk/v2.3/appkeys/app-key-1/message-results";
    private static final String SMS_RESULTS = "/sms/v3.0/appKeys/app-key-1/message-results";
    private static final String OK_HEADER =
            "\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"SUCCESS\"}";

    private HttpMessageGateway gateway(Duration timeout) {
        return new HttpMessageGateway(nhn.baseUrl(), "app-key-1", "secret-1", "sender-key-1", "15446859", timeout);
    }

    private HttpMessageGateway gateway() {
        return gateway(Duration.ofSeconds(2));
    }

    private static void answer(String path, int status, String body) {
        nhn.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json;charset=UTF-8").withBody(body)));
    }

    private static String smsAccepted(String requestId, int resultCode, String resultMessage) {
        return "{" + OK_HEADER + ",\"body\":{\"data\":{\"requestId\":\"" + requestId + "\",\"statusCode\":\"2\","
                + "\"sendResultList\":[{\"recipientNo\":\"01012345678\",\"resultCode\":" + resultCode + ","
                + "\"resultMessage\":\"" + resultMessage + "\",\"recipientSeq\":1}]}}}";
    }

    private static OutgoingMessage sms(String text) {
        return new OutgoingMessage(MessageType.SMS, "010-1234-5678", null, text, null);
    }

    @Test
    void sendsAnAlimtalkAsARawMessageWithItsTemplateAndNoProviderResend() {
        answer(ALIMTALK_SEND, 200, "{" + OK_HEADER + ",\"message\":{\"requestId\":\"20260302093000aBcDeFgH1\","
                + "\"senderGroupingKey\":null,\"sendResults\":[{\"recipientSeq\":1,\"recipientNo\":\"01012345678\","
                + "\"resultCode\":0,\"resultMessage\":\"SUCCESS\",\"recipientGroupingKey\":null}]}}");
        String text = "[비즈빌] 3월 청구서가 발행되었습니다.\n청구 금액: 110,000원";
        String id = gateway().send(new OutgoingMessage(MessageType.ALIMTALK, "010-1234-5678", null, text,
                "BILL_ISSUED_01"));
        assertThat(id).isEqualTo("20260302093000aBcDeFgH1#1");
        nhn.verify(postRequestedFor(urlEqualTo(ALIMTALK_SEND))
                .withHeader("X-Secret-Key", equalTo("secret-1"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"senderKey\":\"sender-key-1\",\"templateCode\":\"BILL_ISSUED_01\","
                        + "\"recipientList\":[{\"recipientNo\":\"01012345678\","
                        + "\"content\":\"[비즈빌] 3월 청구서가 발행되었습니다.\\n청구 금액: 110,000원\","
                        + "\"resendParameter\":{\"isResend\":false}}]}")));
    }

    @Test
    void sendsAnSmsFromTheRegisteredNumber() {
        answer(SMS_SEND, 200, smsAccepted("20260302093001sMsReQ001", 0, "SUCCESS"));
        String id = gateway().sendSms("010-1234-5678", "[Bizbill] 로그인 인증번호 123456 (3분 이내 입력)");
        assertThat(id).isEqualTo("20260302093001sMsReQ001#1");
        nhn.verify(postRequestedFor(urlEqualTo(SMS_SEND))
                .withHeader("X-Secret-Key", equalTo("secret-1"))
                .withRequestBody(equalToJson("{\"body\":\"[Bizbill] 로그인 인증번호 123456 (3분 이내 입력)\","
                        + "\"sendNo\":\"15446859\",\"recipientList\":[{\"recipientNo\":\"01012345678\"}]}")));
    }

    @Test
    void sendsAnLmsWithItsFirstLineCutToTwentyCharactersAsTitleFromTheGivenNumber() {
        answer(LMS_SEND, 200, smsAccepted("20260302093002lMsReQ002", 0, "SUCCESS"));
        String text = "[비즈빌] 3월 알림톡/문자 이용 요금 안내\n안녕하세요, 파트너님. 3월 이용 요금은 52,800원이며 "
                + "4월 5일에 등록하신 카드로 결제됩니다.";
        assertThat(MessageType.textFor(text)).isEqualTo(MessageType.LMS);
        String id = gateway().send(new OutgoingMessage(MessageType.LMS, "01098765432", "0212345678", text, null));
        assertThat(id).isEqualTo("20260302093002lMsReQ002#1");
        nhn.verify(postRequestedFor(urlEqualTo(LMS_SEND))
                .withHeader("X-Secret-Key", equalTo("secret-1"))
                .withRequestBody(equalToJson("{\"title\":\"[비즈빌] 3월 알림톡/문자 이용 요\","
                        + "\"body\":\"[비즈빌] 3월 알림톡/문자 이용 요금 안내\\n안녕하세요, 파트너님. 3월 이용 요금은 "
                        + "52,800원이며 4월 5일에 등록하신 카드로 결제됩니다.\","
                        + "\"sendNo\":\"0212345678\",\"recipientList\":[{\"recipientNo\":\"01098765432\"}]}")));
    }

    @Test
    void issue21_3_anMmsGoesToTheMmsSenderWithItsTitleFromTheGivenNumber() {
        answer(LMS_SEND, 200, smsAccepted("20261207093002mMsReQ003", 0, "SUCCESS"));
        String text = "[연말 감사 선물]\n홍길동님, 쿠폰이 도착했습니다.\nhttps://bizbill.example/c/abc";
        String id = gateway().send(new OutgoingMessage(MessageType.MMS, "01098765432", "15880000", text, null,
                "CPN-7-M"));
        assertThat(id).isEqualTo("20261207093002mMsReQ003#1");
        nhn.verify(postRequestedFor(urlEqualTo(LMS_SEND)).withRequestBody(equalToJson("{\"title\":\"[연말 감사 선물]\","
                + "\"body\":\"[연말 감사 선물]\\n홍길동님, 쿠폰이 도착했습니다.\\nhttps://bizbill.example/c/abc\","
                + "\"sendNo\":\"15880000\",\"recipientList\":[{\"recipientNo\":\"01098765432\","
                + "\"recipientGroupingKey\":\"CPN-7-M\"}]}")));
    }

    @Test
    void aShortFirstLineIsTheWholeTitle() {
        assertThat(HttpMessageGateway.titleOf("\n  3월 청구 안내 \n본문")).isEqualTo("3월 청구 안내");
        assertThat(HttpMessageGateway.titleOf("한 줄짜리 긴 문자입니다 제목은 스무 글자에서 잘립니다"))
                .isEqualTo("한 줄짜리 긴 문자입니다 제목은 스무");
    }

    @Test
    void aRefusalOfTheRequestIsMessageFailedWithTheProvidersMessage() {
        answer(SMS_SEND, 200, "{\"header\":{\"isSuccessful\":false,\"resultCode\":-2019,"
                + "\"resultMessage\":\"발신번호가 등록되지 않았습니다.\"}}");
        assertThatThrownBy(() -> gateway().send(sms("[Bizbill] 인증번호 123456")))
                .isExactlyInstanceOf(BizbillException.class)
                .hasMessageContaining("발신번호가 등록되지 않았습니다.")
                .satisfies(e -> assertThat(((BizbillException) e).getCode()).isEqualTo(ErrorCode.MESSAGE_FAILED));
    }

    @Test
    void aRefusedRecipientIsMessageFailedWithTheRecipientsResult() {
        answer(ALIMTALK_SEND, 200, "{" + OK_HEADER + ",\"message\":{\"requestId\":\"20260302093003xYz\","
                + "\"sendResults\":[{\"recipientSeq\":1,\"recipientNo\":\"01012345678\",\"resultCode\":-1019,"
                + "\"resultMessage\":\"템플릿 내용과 일치하지 않습니다.\"}]}}");
        assertThatThrownBy(() -> gateway().send(new OutgoingMessage(MessageType.ALIMTALK, "01012345678", null,
                "다른 내용", "BILL_ISSUED_01")))
                .isExactlyInstanceOf(BizbillException.class)
                .hasMessageContaining("템플릿 내용과 일치하지 않습니다.").hasMessageContaining("-1019")
                .satisfies(e -> assertThat(((BizbillException) e).getCode()).isEqualTo(ErrorCode.MESSAGE_FAILED));
    }

    @Test
    void aClientErrorIsMessageFailed() {
        answer(SMS_SEND, 401, "{\"header\":{\"isSuccessful\":false,\"resultCode\":-1,"
                + "\"resultMessage\":\"invalid secret key\"}}");
        assertThatThrownBy(() -> gateway().send(sms("인증번호 123456")))
                .isExactlyInstanceOf(BizbillException.class).hasMessageContaining("invalid secret key")
                .satisfies(e -> assertThat(((BizbillException) e).getCode()).isEqualTo(ErrorCode.MESSAGE_FAILED));
    }

    @Test
    void serverErrorsTimeoutsAndLostConnectionsAreUnknownOutcomesNotRefusals() throws IOException {
        answer(SMS_SEND, 500, "{\"header\":{\"isSuccessful\":false,\"resultCode\":-9999,"
                + "\"resultMessage\":\"internal error\"}}");
        assertThatThrownBy(() -> gateway().send(sms("인증번호 123456")))
                .isInstanceOfSatisfying(MessageOutcomeUnknown.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.MESSAGE_OUTCOME_UNKNOWN));

        nhn.stubFor(post(urlEqualTo(SMS_SEND)).willReturn(aResponse().withStatus(200).withFixedDelay(1_500)
                .withBody(smsAccepted("late", 0, "SUCCESS"))));
        assertThatThrownBy(() -> gateway(Duration.ofMillis(300)).send(sms("인증번호 123456")))
                .isInstanceOf(MessageOutcomeUnknown.class);

        nhn.stubFor(post(urlEqualTo(SMS_SEND)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> gateway().send(sms("인증번호 123456"))).isInstanceOf(MessageOutcomeUnknown.class);

        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        HttpMessageGateway refused = new HttpMessageGateway("http://127.0.0.1:" + closedPort, "app-key-1",
                "secret-1", "sender-key-1", "15446859", Duration.ofSeconds(2));
        assertThatThrownBy(() -> refused.send(sms("인증번호 123456"))).isInstanceOf(MessageOutcomeUnknown.class);
    }

    @Test
    void aSuccessWithoutARequestIdIsAnUnknownOutcome() {
        answer(SMS_SEND, 200, "{" + OK_HEADER + ",\"body\":{\"data\":{\"statusCode\":\"1\"}}}");
        assertThatThrownBy(() -> gateway().send(sms("인증번호 123456"))).isInstanceOf(MessageOutcomeUnknown.class);
    }

    @Test
    void refusesWhatTheProviderWouldRefuseWithoutCallingIt() {
        String tooLongForSms = "가".repeat(46);
        List<OutgoingMessage> bad = List.of(
                new OutgoingMessage(MessageType.SMS, "02-123-4567", null, "인증번호 123456", null),
                new OutgoingMessage(MessageType.SMS, "01012345678", null, " ", null),
                new OutgoingMessage(MessageType.SMS, "01012345678", null, tooLongForSms, null),
                new OutgoingMessage(MessageType.LMS, "01012345678", null, "가".repeat(1001), null),
                new OutgoingMessage(MessageType.ALIMTALK, "01012345678", null, "청구서 안내", null),
                new OutgoingMessage(MessageType.ALIMTALK, "01012345678", null, "a".repeat(1001), "BILL_ISSUED_01"));
        for (OutgoingMessage m : bad) {
            assertThatThrownBy(() -> gateway().send(m)).as(m.toString())
                    .isExactlyInstanceOf(BizbillException.class)
                    .satisfies(e -> assertThat(((BizbillException) e).getCode()).isEqualTo(ErrorCode.MESSAGE_FAILED));
        }
        nhn.verify(0, anyRequestedFor(anyUrl()));
    }

    // --- delivery reports ---

    /** 2026-03-02 09:00:30 to 09:10:30 in Seoul. */
    private static final Instant FROM = Instant.parse("2026-03-02T00:00:30Z");
    private static final Instant TO = Instant.parse("2026-03-02T00:10:30Z");

    private static void results(String path, String pageNum, String body) {
        nhn.stubFor(get(urlPathEqualTo(path)).withQueryParam("pageNum", equalTo(pageNum))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=UTF-8")
                        .withBody(body)));
    }

    private static void noSmsResults() {
        results(SMS_RESULTS, "1", "{" + OK_HEADER + ",\"body\":{\"pageNum\":1,\"pageSize\":1000,\"totalCount\":0,"
                + "\"data\":[]}}");
    }

    private static void noAlimtalkResults() {
        results(ALIMTALK_RESULTS, "1", "{" + OK_HEADER + ",\"messages\":[]}");
    }

    private static String alimtalkItem(String requestId, String status, String resultCode, String receiveDate) {
        return "{\"requestId\":\"" + requestId + "\",\"recipientSeq\":1,\"requestDate\":\"2026-03-02 09:00:00.0\","
                + "\"receiveDate\":" + (receiveDate == null ? "null" : "\"" + receiveDate + "\"")
                + ",\"resendStatus\":\"RSC01\",\"messageStatus\":\"" + status + "\",\"resultCode\":"
                + (resultCode == null ? "null" : "\"" + resultCode + "\"") + ",\"resultCodeName\":null}";
    }

    @Test
    void pollsAlimtalkResultsPageByPageKeepingOnlyFinalOnes() {
        noSmsResults();
        // a full first page (1,000 items) means there may be more; the short second page is the last
        StringJoiner page1 = new StringJoiner(",", "{" + OK_HEADER + ",\"messages\":[", "]}");
        page1.add(alimtalkItem("A-delivered", "COMPLETED", "1000", "2026-03-02 09:01:02.0"));
        page1.add(alimtalkItem("A-no-kakao", "FAILED", "3018", "2026-03-02 09:02:03"));
        page1.add(alimtalkItem("A-pending", "READY", null, null));
        for (int i = 4; i <= 1000; i++) {
            page1.add(alimtalkItem("A-bulk-" + i, "COMPLETED", "1000", "2026-03-02 09:03:00.0"));
        }
        results(ALIMTALK_RESULTS, "1", page1.toString());
        results(ALIMTALK_RESULTS, "2", "{" + OK_HEADER + ",\"messages\":["
                + alimtalkItem("A-undated", "COMPLETED", "1000", null) + "]}");

        List<DeliveryReport> reports = gateway().reports(FROM, TO);

        // 999 final items of page 1 (the pending one left out) and the one of page 2
        assertThat(reports.size()).isEqualTo(1000);
        assertThat(reports.stream().map(DeliveryReport::messageId).filter("A-pending#1"::equals)).isEmpty();
        assertThat(reports).contains(
                new DeliveryReport("A-delivered#1", true, "1000", Instant.parse("2026-03-02T00:01:02Z")),
                new DeliveryReport("A-no-kakao#1", false, "3018", Instant.parse("2026-03-02T00:02:03Z")),
                new DeliveryReport("A-undated#1", true, "1000", TO));
        // searched by the minute in Korean time, widened to cover the window, with the secret key
        for (String page : List.of("1", "2")) {
            nhn.verify(getRequestedFor(urlPathEqualTo(ALIMTALK_RESULTS))
                    .withHeader("X-Secret-Key", equalTo("secret-1"))
                    .withQueryParam("startUpdateDate", equalTo("2026-03-02 09:00"))
                    .withQueryParam("endUpdateDate", equalTo("2026-03-02 09:11"))
                    .withQueryParam("pageNum", equalTo(page)).withQueryParam("pageSize", equalTo("1000")));
        }
        nhn.verify(0, getRequestedFor(urlPathEqualTo(ALIMTALK_RESULTS)).withQueryParam("pageNum", equalTo("3")));
    }

    @Test
    void pollsSmsAndLmsResultsUntilTheTotalCountSkippingThoseWithoutAResult() {
        noAlimtalkResults();
        results(SMS_RESULTS, "1", "{" + OK_HEADER + ",\"body\":{\"pageNum\":1,\"pageSize\":1000,\"totalCount\":3,"
                + "\"data\":[{\"messageType\":\"SMS\",\"requestId\":\"S-delivered\",\"recipientSeq\":1,"
                + "\"resultCode\":\"1000\",\"resultCodeName\":\"성공\",\"requestDate\":\"2026-03-02 09:05:05.0\","
                + "\"resultDate\":\"2026-03-02 09:05:08.0\",\"updateDate\":\"2026-03-02 09:05:12.0\"},"
                + "{\"messageType\":\"LMS\",\"requestId\":\"S-pending\",\"recipientSeq\":2,\"resultCode\":null,"
                + "\"requestDate\":\"2026-03-02 09:06:00.0\",\"resultDate\":null}]}}");
        results(SMS_RESULTS, "2", "{" + OK_HEADER + ",\"body\":{\"pageNum\":2,\"pageSize\":1000,\"totalCount\":3,"
                + "\"data\":[{\"messageType\":\"LMS\",\"requestId\":\"S-failed\",\"recipientSeq\":1,"
                + "\"resultCode\":\"3015\",\"resultCodeName\":\"수신 실패\",\"requestDate\":\"2026-03-02 09:07:00.0\","
                + "\"resultDate\":\"2026-03-02 09:07:30.0\"}]}}");

        List<DeliveryReport> reports = gateway().reports(FROM, TO);

        assertThat(reports).containsExactly(
                new DeliveryReport("S-delivered#1", true, "1000", Instant.parse("2026-03-02T00:05:08Z")),
                new DeliveryReport("S-failed#1", false, "3015", Instant.parse("2026-03-02T00:07:30Z")));
        for (String page : List.of("1", "2")) {
            nhn.verify(getRequestedFor(urlPathEqualTo(SMS_RESULTS))
                    .withHeader("X-Secret-Key", equalTo("secret-1"))
                    .withQueryParam("startUpdateDate", equalTo("2026-03-02 09:00:30"))
                    .withQueryParam("endUpdateDate", equalTo("2026-03-02 09:10:30"))
                    .withQueryParam("pageNum", equalTo(page)).withQueryParam("pageSize", equalTo("1000")));
        }
        nhn.verify(0, getRequestedFor(urlPathEqualTo(SMS_RESULTS)).withQueryParam("pageNum", equalTo("3")));
    }

    /**
     * NB-USE-1: our reference goes with the message as its recipientGroupingKey and comes back with its
     * result, so a message whose send went unanswered is still matched to its report (and billed once).
     */
    @Test
    void ourReferenceGoesAsTheRecipientGroupingKeyAndComesBackWithTheResult() {
        answer(ALIMTALK_SEND, 200, "{" + OK_HEADER + ",\"message\":{\"requestId\":\"R-1\",\"sendResults\":"
                + "[{\"recipientSeq\":1,\"resultCode\":0,\"resultMessage\":\"SUCCESS\"}]}}");
        gateway().send(new OutgoingMessage(MessageType.ALIMTALK, "01012345678", null, "주문이 접수되었습니다.",
                "ORDER_01", "BZM-0a1b2c"));
        nhn.verify(postRequestedFor(urlEqualTo(ALIMTALK_SEND)).withRequestBody(equalToJson("{\"senderKey\":"
                + "\"sender-key-1\",\"templateCode\":\"ORDER_01\",\"recipientList\":[{\"recipientNo\":\"01012345678\","
                + "\"content\":\"주문이 접수되었습니다.\",\"resendParameter\":{\"isResend\":false},"
                + "\"recipientGroupingKey\":\"BZM-0a1b2c\"}]}")));
        answer(SMS_SEND, 200, smsAccepted("R-2", 0, "SUCCESS"));
        gateway().send(new OutgoingMessage(MessageType.SMS, "01012345678", null, "감사합니다", null, "BZM-3d4e5f"));
        nhn.verify(postRequestedFor(urlEqualTo(SMS_SEND)).withRequestBody(equalToJson("{\"body\":\"감사합니다\","
                + "\"sendNo\":\"15446859\",\"recipientList\":[{\"recipientNo\":\"01012345678\","
                + "\"recipientGroupingKey\":\"BZM-3d4e5f\"}]}")));

        results(ALIMTALK_RESULTS, "1", "{" + OK_HEADER + ",\"messages\":[{\"requestId\":\"R-1\",\"recipientSeq\":1,"
                + "\"messageStatus\":\"COMPLETED\",\"resultCode\":\"1000\",\"receiveDate\":\"2026-03-02 09:01:02\","
                + "\"recipientGroupingKey\":\"BZM-0a1b2c\"}]}");
        results(SMS_RESULTS, "1", "{" + OK_HEADER + ",\"body\":{\"totalCount\":1,\"data\":[{\"requestId\":\"R-2\","
                + "\"recipientSeq\":1,\"resultCode\":\"3015\",\"resultDate\":\"2026-03-02 09:05:08.0\","
                + "\"recipientGroupingKey\":\"BZM-3d4e5f\"}]}}");
        assertThat(gateway().reports(FROM, TO)).containsExactly(
                new DeliveryReport("R-1#1", true, "1000", Instant.parse("2026-03-02T00:01:02Z"), "BZM-0a1b2c"),
                new DeliveryReport("R-2#1", false, "3015", Instant.parse("2026-03-02T00:05:08Z"), "BZM-3d4e5f"));
    }

    @Test
    void aWindowLongerThanADayIsSearchedADayAtATimeForSms() {
        noAlimtalkResults();
        noSmsResults();
        assertThat(gateway().reports(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-03T06:00:00Z")))
                .isEmpty();
        // in Korean time: two whole days, then the last six hours
        String[][] days = {{"2026-03-01 09:00:00", "2026-03-02 09:00:00"},
                {"2026-03-02 09:00:00", "2026-03-03 09:00:00"}, {"2026-03-03 09:00:00", "2026-03-03 15:00:00"}};
        for (String[] day : days) {
            nhn.verify(1, getRequestedFor(urlPathEqualTo(SMS_RESULTS))
                    .withQueryParam("startUpdateDate", equalTo(day[0]))
                    .withQueryParam("endUpdateDate", equalTo(day[1])));
        }
        nhn.verify(3, getRequestedFor(urlPathEqualTo(SMS_RESULTS)));
        nhn.verify(1, getRequestedFor(urlPathEqualTo(ALIMTALK_RESULTS)));
    }

    @Test
    void unreadableResultsLeaveTheWindowForTheNextPoll() {
        noAlimtalkResults();
        nhn.stubFor(get(urlPathEqualTo(SMS_RESULTS)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> gateway().reports(FROM, TO))
                .isInstanceOfSatisfying(BizbillException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.MESSAGE_GATEWAY_UNAVAILABLE));
        results(SMS_RESULTS, "1", "{\"header\":{\"isSuccessful\":false,\"resultCode\":-1,"
                + "\"resultMessage\":\"range too long\"}}");
        assertThatThrownBy(() -> gateway().reports(FROM, TO)).hasMessageContaining("range too long")
                .isInstanceOfSatisfying(BizbillException.class,
                        e -> assertThat(e.getCode()).isEqualTo(ErrorCode.MESSAGE_GATEWAY_UNAVAILABLE));
    }

    @Test
    void issue15_4_theRecipientIsReadAsEverywhereElseAndSentAsDigits() {
        answer(SMS_SEND, 200, smsAccepted("20260302093009sMsReQ009", 0, "SUCCESS"));
        gateway().sendSms("+82 10-1234-5678", "hi");
        nhn.verify(postRequestedFor(urlEqualTo(SMS_SEND)).withRequestBody(equalToJson(
                "{\"body\":\"hi\",\"sendNo\":\"15446859\",\"recipientList\":[{\"recipientNo\":\"01012345678\"}]}")));
    }

    @Test
    void issue15_4_theByteLimitIsTheMessageTypesAndNothingIsSentBeyondIt() {
        for (OutgoingMessage tooLong : List.of(
                new OutgoingMessage(MessageType.SMS, "01012345678", null, "가".repeat(45) + "a", null),
                new OutgoingMessage(MessageType.LMS, "01012345678", null, "가".repeat(1000) + "a", null),
                new OutgoingMessage(MessageType.SMS, "010-12-34", null, "hi", null))) {
            assertThatThrownBy(() -> gateway().send(tooLong)).isExactlyInstanceOf(BizbillException.class)
                    .satisfies(e -> assertThat(((BizbillException) e).getCode()).isEqualTo(ErrorCode.MESSAGE_FAILED));
        }
        nhn.verify(0, anyRequestedFor(anyUrl()));
    }

    /**
     * Issue 21 §3: Alimtalks of one template go in one raw-messages request with their own contents and references;
     * the answer's results are matched by recipientSeq; a refused recipient is told apart; a request without an
     * answer leaves its messages unknown (never sent again); a number that is no mobile is refused before the call.
     */
    @Test
    void issue21AlimtalksGoInBulkAndEachGetsItsOwnOutcome() {
        answer(ALIMTALK_SEND, 200, "{" + OK_HEADER + ",\"message\":{\"requestId\":\"REQ-BULK\",\"sendResults\":["
                + "{\"recipientSeq\":1,\"recipientNo\":\"01011110001\",\"resultCode\":0,\"resultMessage\":\"OK\"},"
                + "{\"recipientSeq\":2,\"recipientNo\":\"01011110002\",\"resultCode\":-1001,\"resultMessage\":\"not a Kakao user\"},"
                + "{\"recipientSeq\":3,\"recipientNo\":\"01011110003\",\"resultCode\":0,\"resultMessage\":\"OK\"}]}}");
        List<MessageGateway.OutgoingMessage> messages = List.of(
                new MessageGateway.OutgoingMessage(MessageType.ALIMTALK, "01011110001", null, "김하나님 선물", "T1", "CPN-1-A"),
                new MessageGateway.OutgoingMessage(MessageType.ALIMTALK, "01011110002", null, "이둘님 선물", "T1", "CPN-2-A"),
                new MessageGateway.OutgoingMessage(MessageType.ALIMTALK, "021234567", null, "유선", "T1", "CPN-9-A"),
                new MessageGateway.OutgoingMessage(MessageType.ALIMTALK, "01011110003", null, "박셋님 선물", "T1", "CPN-3-A"));
        List<MessageGateway.BulkResult> r = gateway().sendBulk(messages);
        assertThat(r.get(0).messageId()).isEqualTo("REQ-BULK#1");
        assertThat(r.get(1).refusal()).contains("-1001");
        assertThat(r.get(2).refusal()).as("refused before the call").isNotNull();
        assertThat(r.get(3).messageId()).isEqualTo("REQ-BULK#3");
        nhn.verify(1, postRequestedFor(urlEqualTo(ALIMTALK_SEND)));
        nhn.verify(postRequestedFor(urlEqualTo(ALIMTALK_SEND))
                .withRequestBody(matchingJsonPath("$.recipientList[2].recipientGroupingKey", equalTo("CPN-3-A")))
                .withRequestBody(matchingJsonPath("$.recipientList[1].content", equalTo("이둘님 선물"))));

        answer(ALIMTALK_SEND, 503, "");
        assertThat(gateway().sendBulk(messages.subList(0, 2))).allMatch(MessageGateway.BulkResult::unknown);
    }
}
