package com.bizbill.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bizbill.shared.error.BizbillException;
import com.bizbill.shared.error.ErrorCode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issues 19 §1 and 21 §2: the real supplier adapter's calls against a Giftishow-style API on loopback (WireMock). */
class HttpCouponSupplierTest {

    @RegisterExtension
    static WireMockExtension supplier = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private HttpCouponSupplier adapter(Duration timeout) {
        return new HttpCouponSupplier(supplier.baseUrl(), "auth-code-1", "token-1", timeout);
    }

    @Test
    void issue19TheGoodsListIsReadPageByPageWithTheCredentials() {
        supplier.stubFor(post(urlEqualTo("/bizApi/goods")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=UTF-8").withBody("""
                        {"code":"0000","message":null,"result":{"listNum":2,"goodsList":[
                          {"goodsCode":"G0001","goodsName":"아메리카노","brandCode":"B01","brandName":"모닝빈",
                           "category1Seq":"3","category1Name":"카페","salePrice":4500,"limitDay":"30",
                           "goodsImgB":"https://img.example/g1.png","goodsStateCd":"SALE"},
                          {"goodsCode":"G0002","goodsName":"상품권 1만원","brandCode":"B02","brandName":"비즈페이",
                           "category1Seq":"9","category1Name":"상품권/페이","salePrice":"10000","limitDay":90,
                           "goodsStateCd":"SUS"}]}}""")));
        CouponSupplier.GoodsPage page = adapter(Duration.ofSeconds(2)).goods(1, 100);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.goods()).hasSize(2);
        CouponSupplier.Goods coffee = page.goods().get(0);
        assertThat(coffee.goodsCode()).isEqualTo("G0001");
        assertThat(coffee.faceValue()).isEqualTo(4_500);
        assertThat(coffee.validityDays()).isEqualTo(List.of(30));
        assertThat(coffee.onSale()).isTrue();
        assertThat(coffee.cashable()).isFalse();
        CouponSupplier.Goods card = page.goods().get(1);
        assertThat(card.faceValue()).as("a number sent as a string").isEqualTo(10_000);
        assertThat(card.cashable()).isTrue();
        assertThat(card.onSale()).as("not SALE: not on sale").isFalse();
        supplier.verify(postRequestedFor(urlEqualTo("/bizApi/goods")).withRequestBody(containing("api_code=0101"))
                .withRequestBody(containing("custom_auth_code=auth-code-1"))
                .withRequestBody(containing("custom_auth_token=token-1"))
                .withRequestBody(containing("start=1")).withRequestBody(containing("size=100")));
    }

    @Test
    void issue19ARefusalCarriesTheSuppliersCodeAndA5xxOrATimeoutIsAnUnknownOutcome() {
        supplier.stubFor(post(urlEqualTo("/bizApi/goods")).willReturn(aResponse().withStatus(200)
                .withBody("{\"code\":\"E0012\",\"message\":\"인증 실패\"}")));
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(2)).goods(1, 10)).isInstanceOf(BizbillException.class)
                .hasMessageContaining("E0012").matches(e -> ((BizbillException) e).getCode()
                        == ErrorCode.COUPON_SUPPLIER_REFUSED);

        supplier.stubFor(post(urlEqualTo("/bizApi/goods")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(2)).goods(1, 10)).isInstanceOf(SupplierOutcomeUnknown.class);

        supplier.stubFor(post(urlEqualTo("/bizApi/goods")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(1_500).withBody("{\"code\":\"0000\",\"result\":{\"listNum\":0,\"goodsList\":[]}}")));
        assertThatThrownBy(() -> adapter(Duration.ofMillis(300)).goods(1, 10)).isInstanceOf(SupplierOutcomeUnknown.class);

        supplier.stubFor(post(urlEqualTo("/bizApi/goods")).willReturn(aResponse().withStatus(200).withBody("<html>")));
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(2)).goods(1, 10)).isInstanceOf(SupplierOutcomeUnknown.class);
    }

    private static void answer(String path, String json) {
        supplier.stubFor(post(urlEqualTo("/bizApi/" + path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=UTF-8").withBody(json)));
    }

    @Test
    void issue21ACouponIsIssuedByOurTransactionIdAndLookedUpCancelledAndTheBalanceRead() {
        answer("send", """
                {"code":"0000","message":null,"result":{"orderNo":"2026120700001","pinNo":"900012345678",
                 "couponImgUrl":"","validPrdEndDt":"20270107235959"}}""");
        CouponSupplier.IssuedCoupon c = adapter(Duration.ofSeconds(2)).issue(
                new CouponSupplier.IssueRequest("BZC000042", "G0001", 30));
        assertThat(c.pin()).isEqualTo("900012345678");
        assertThat(c.supplierOrderNo()).isEqualTo("2026120700001");
        assertThat(c.validUntil()).isEqualTo(java.time.LocalDate.of(2027, 1, 7));
        assertThat(c.barcodeImageUrl()).isNull();
        supplier.verify(postRequestedFor(urlEqualTo("/bizApi/send")).withRequestBody(containing("api_code=0204"))
                .withRequestBody(containing("tr_id=BZC000042")).withRequestBody(containing("goods_code=G0001"))
                .withRequestBody(containing("gubun=Y")));

        answer("coupons", """
                {"code":"0000","result":{"couponInfoList":[{"orderNo":"2026120700001","pinNo":"900012345678",
                 "validPrdEndDt":"20270107","pinStatusCd":"02"}]}}""");
        CouponSupplier.CouponStatus used = adapter(Duration.ofSeconds(2)).lookup("BZC000042").orElseThrow();
        assertThat(used.state()).isEqualTo(CouponSupplier.CouponState.USED);
        assertThat(used.coupon().pin()).isEqualTo("900012345678");
        answer("coupons", "{\"code\":\"E0010\",\"message\":\"no such tr_id\"}");
        assertThat(adapter(Duration.ofSeconds(2)).lookup("BZC-never")).isEmpty();

        answer("cancel", "{\"code\":\"0000\",\"result\":{}}");
        adapter(Duration.ofSeconds(2)).cancel("BZC000042");
        supplier.verify(postRequestedFor(urlEqualTo("/bizApi/cancel")).withRequestBody(containing("api_code=0202"))
                .withRequestBody(containing("tr_id=BZC000042")));

        answer("bizmoney", "{\"code\":\"0000\",\"result\":{\"balance\":\"12345678901\"}}");
        assertThat(adapter(Duration.ofSeconds(2)).balance()).as("beyond an int").isEqualTo(12_345_678_901L);
    }

    @Test
    void issue21AnIssueThatTimesOutOrGetsA5xxIsUnknownNeverARefusal() {
        supplier.stubFor(post(urlEqualTo("/bizApi/send")).willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(2)).issue(new CouponSupplier.IssueRequest("BZC1", "G1", 30)))
                .isInstanceOf(SupplierOutcomeUnknown.class);
        supplier.stubFor(post(urlEqualTo("/bizApi/send")).willReturn(aResponse().withStatus(200).withFixedDelay(1_500)
                .withBody("{\"code\":\"0000\",\"result\":{\"pinNo\":\"1\"}}")));
        assertThatThrownBy(() -> adapter(Duration.ofMillis(300)).issue(new CouponSupplier.IssueRequest("BZC2", "G1", 30)))
                .isInstanceOf(SupplierOutcomeUnknown.class);
        answer("send", "{\"code\":\"E0031\",\"message\":\"goods sold out\"}");
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(2)).issue(new CouponSupplier.IssueRequest("BZC3", "G1", 30)))
                .isInstanceOf(BizbillException.class).isNotInstanceOf(SupplierOutcomeUnknown.class)
                .hasMessageContaining("E0031");
        supplier.stubFor(post(urlEqualTo("/bizApi/coupons")).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(2)).lookup("BZC1")).isInstanceOf(SupplierOutcomeUnknown.class);
        supplier.stubFor(post(urlEqualTo("/bizApi/bizmoney")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(2)).balance()).isInstanceOf(SupplierOutcomeUnknown.class);
    }

    @Test
    void issue21ASupplierThatCannotBeReachedIsUnavailableSoTheDispatchPausesAndAsksAgain() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort(); // free once closed: nothing listens there
        }
        HttpCouponSupplier down = new HttpCouponSupplier("http://127.0.0.1:" + closed, "auth-code-1", "token-1",
                Duration.ofSeconds(2));
        assertThatThrownBy(() -> down.issue(new CouponSupplier.IssueRequest("BZC9", "G1", 30)))
                .isInstanceOf(SupplierUnavailable.class);
        // an answer that never comes is not "unavailable": the supplier may have issued it (settled by a look-up)
        supplier.stubFor(post(urlEqualTo("/bizApi/send")).willReturn(aResponse().withStatus(200).withFixedDelay(1_500)
                .withBody("{\"code\":\"0000\",\"result\":{\"pinNo\":\"1\"}}")));
        assertThatThrownBy(() -> adapter(Duration.ofMillis(300)).issue(new CouponSupplier.IssueRequest("BZC8", "G1", 30)))
                .isInstanceOf(SupplierOutcomeUnknown.class).isNotInstanceOf(SupplierUnavailable.class);
    }

    @Test
    void issue21TheDaysCouponsAreReadForTheReconciliation() {
        answer("coupons/day", """
                {"code":"0000","result":{"couponList":[
                 {"tr_id":"BZC1","goodsCode":"G1","salePrice":"4500","pinStatusCd":"01"},
                 {"tr_id":"BZC2","goodsCode":"G2","salePrice":10000,"pinStatusCd":"07"},
                 {"goodsCode":"G3"}]}}""");
        List<CouponSupplier.IssuedRecord> day = adapter(Duration.ofSeconds(2)).issuedOn(java.time.LocalDate.of(2026, 12, 7));
        assertThat(day).containsExactly(new CouponSupplier.IssuedRecord("BZC1", "G1", 4_500, CouponSupplier.CouponState.ISSUED),
                new CouponSupplier.IssuedRecord("BZC2", "G2", 10_000, CouponSupplier.CouponState.DISCARDED));
        supplier.verify(postRequestedFor(urlEqualTo("/bizApi/coupons/day")).withRequestBody(containing("api_code=0203"))
                .withRequestBody(containing("send_date=20261207")));
    }
}
