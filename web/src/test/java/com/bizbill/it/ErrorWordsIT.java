package com.bizbill.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.shared.setup.DemoData;
import com.bizbill.shared.web.Messages;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 §2: errors in words. The API answers in English, or in Korean for {@code Accept-Language: ko},
 * its field errors are never bundle keys; a page shows a field error once, beside its field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorWordsIT {

    private static final String KEY_SHAPE = "^[a-z]+(\\.[a-zA-Z]+)+$";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private String base;

    @BeforeEach
    void base() {
        base = Deployments.base(url);
    }

    private JsonPath charge(String amount, String language) {
        var req = given().header("X-API-Key", DemoData.COUPON_API_KEY)
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON);
        if (language != null) {
            req.header("Accept-Language", language);
        }
        Response r = req.body("{\"amount\":" + amount + "}").post(base + "/api/v1/wallet/charges");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        return r.jsonPath();
    }

    @Test
    void issue15_2_aFieldErrorOfAWalletChargeIsWordsInEnglishByDefaultAndInKoreanWhenAsked() {
        for (String amount : List.of("1000.5", "500")) {
            JsonPath en = charge(amount, null);
            JsonPath ko = charge(amount, "ko-KR,ko;q=0.9,en;q=0.5");
            String code = en.getString("code");
            assertThat(ko.getString("code")).isEqualTo(code);
            assertThat(en.getString("title")).isEqualTo(Messages.get(Locale.ENGLISH, "error." + code));
            assertThat(ko.getString("title")).isEqualTo(Messages.get(Locale.KOREAN, "error." + code));
            assertThat(en.getString("errors[0].field")).isEqualTo("amount");
            assertThat(ko.getString("errors[0].field")).isEqualTo("amount");
            String enWords = en.getString("errors[0].message");
            String koWords = ko.getString("errors[0].message");
            assertThat(enWords).as(amount).doesNotMatch(KEY_SHAPE).doesNotContain("??").matches("[\\x20-\\x7E]+");
            assertThat(koWords).as(amount).doesNotMatch(KEY_SHAPE).doesNotContain("??").matches(".*[가-힣].*");
            // the detail stays the developer's English sentence
            assertThat(ko.getString("detail")).isEqualTo(en.getString("detail"));
            for (Object v : List.of(en.getList("errors.message"), ko.getList("errors.message"))) {
                assertThat((List<?>) v).allSatisfy(m -> assertThat(String.valueOf(m)).doesNotMatch(KEY_SHAPE));
            }
        }
        assertThat(charge("\"x\"", "en").getString("errors[0].message")).doesNotMatch(KEY_SHAPE);
    }

    @Test
    void issue15_2_aMalformedBodyAndBeanValidationErrorsAreWordsInTheCallersLanguage() {
        Response r = given().header("X-API-Key", DemoData.COUPON_API_KEY).header("Accept-Language", "ko")
                .get(base + "/api/v1/wallet/history?size=0");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
        assertThat(r.jsonPath().getString("title")).matches(".*[가-힣].*");
        assertThat(r.jsonPath().getList("errors.message", String.class)).isNotEmpty()
                .allSatisfy(m -> assertThat(m).doesNotMatch(KEY_SHAPE).matches(".*[가-힣].*"));
    }

    @Test
    void issue15_2_aPageShowsAFieldErrorOnceBesideItsField() {
        PortalSession s = PortalSession.login(base, DemoData.CUSTOMER_LOGIN, DemoData.CUSTOMER_PASSWORD);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("passwordForm", "passwordForm");
        form.put("passwordForm:currentPassword", "not-the-password-" + UUID.randomUUID());
        form.put("passwordForm:newPassword", "Fresh!Pass-2026x");
        form.put("passwordForm:newPasswordAgain", "Fresh!Pass-2026x");
        form.put("passwordForm:save", "");
        Response r = s.postForm("/portal/me.xhtml", form);
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.asString();
        String words = Messages.get(Locale.KOREAN, "field.currentPassword");
        assertThat(html.split(java.util.regex.Pattern.quote(words), -1)).as(html).hasSize(2); // exactly once
        int input = html.indexOf("id=\"passwordForm:currentPassword\"");
        int next = html.indexOf("id=\"passwordForm:newPassword\"");
        int at = html.indexOf(words);
        assertThat(input).isPositive();
        assertThat(at).as("beside the current password field").isGreaterThan(input).isLessThan(next);
        assertThat(html).contains(Messages.get(Locale.KOREAN, "error.VALIDATION_FAILED")).doesNotContain("field.currentPassword");
        // and it still works
        assertThat(PortalSession.login(base, DemoData.CUSTOMER_LOGIN, DemoData.CUSTOMER_PASSWORD)).isNotNull();
    }
}
