package com.bizbill.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.shared.setup.DemoData;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 §4: the security headers on a page, an API answer and a servlet download; the page's CSP
 * carries a nonce that its scripts carry too; the remember-ID cookie is HttpOnly and SameSite (and not
 * Secure here: the test's public URL is http).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {


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

    private static void assertCommonHeaders(Response r, String what) {
        assertThat(r.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(r.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
        assertThat(r.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(r.headers().getValues("Content-Security-Policy")).as(what)
                .anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"));
    }

    @Test
    void issue14APageHasTheHeadersAndAScriptPolicyWithTheNonceItsScriptsCarry() {
        Response r = given().get(base + "/login.xhtml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertCommonHeaders(r, "login page");
        List<String> policies = r.headers().getValues("Content-Security-Policy");
        String scripts = policies.stream().filter(p -> p.contains("script-src")).findFirst().orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
        assertThat(nonce.find()).as(scripts).isTrue();
        assertThat(scripts).startsWith("object-src 'none'; base-uri 'self'; script-src 'self' 'nonce-")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        String html = r.asString();
        assertThat(html).contains("nonce=\"" + nonce.group(1) + "\"");
        // no script on the page without the nonce (external ones come from 'self')
        Matcher tag = Pattern.compile("<script\\b[^>]*>").matcher(html);
        while (tag.find()) {
            assertThat(tag.group()).as("script tag").satisfiesAnyOf(
                    t -> assertThat(t).contains("nonce=\"" + nonce.group(1) + "\""),
                    t -> assertThat(t).contains(" src="));
        }
        assertThat(html).doesNotContainPattern("<[a-z]+\\b[^>]*\\son(click|change|load|submit|keyup|keydown|focus|blur)=");
    }

    @Test
    void issue14AnApiAnswerHasTheHeaders() {
        Response r = given().get(base + "/api/v1/ledger/balance"); // 401 without a key: still an answer of the app
        assertCommonHeaders(r, "API " + r.statusCode());
    }

    @Test
    void issue14ARememberedIdIsHttpOnlySameSiteAndAServletDownloadHasTheHeaders() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).get(base + "/login.xhtml").asString();
        Response login = given().filter(cookies).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("login", "login")
                .formParam("login:loginId", DemoData.STAFF_LOGIN)
                .formParam("login:password", DemoData.STAFF_PASSWORD)
                .formParam("login:rememberId_input", "on")
                .formParam("login:submit", "")
                .formParams(JsfForm.hiddenFields(page))
                .post(base + "/login.xhtml");
        assertThat(login.statusCode()).isEqualTo(302);
        assertCommonHeaders(login, "login redirect");
        String remember = login.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("BIZBILL_REMEMBER_ID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no remember-ID cookie in " + login.headers().getValues("Set-Cookie")));
        assertThat(remember).startsWith("BIZBILL_REMEMBER_ID=" + DemoData.STAFF_LOGIN)
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(remember.toLowerCase()).as("http public URL: not Secure").doesNotContain("secure");
        String session = login.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("BIZBILL_SESSION=")).findFirst().orElse("BIZBILL_SESSION=; HttpOnly");
        assertThat(session.toLowerCase()).as("http public URL: not Secure").doesNotContain("secure");

        Response export = given().filter(cookies).redirects().follow(false).get(base + "/admin/billing-accounts.xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        assertCommonHeaders(export, "servlet download");
    }

    @Test
    void issue14AFormPostedWithoutThePagesNonceGoesBackToThePageNotToAnIncident() {
        CookieFilter cookies = new CookieFilter();
        String page = given().filter(cookies).get(base + "/login.xhtml").asString();
        assertThat(JsfForm.nonce(page)).as("the login page carries a nonce").isNotBlank();
        Response r = given().filter(cookies).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("login", "login")
                .formParam("login:loginId", "nobody")
                .formParam("login:password", "Wrong!Pass1")
                .formParam("login:submit", "")
                .formParam("jakarta.faces.ViewState", JsfForm.viewState(page))
                .formParam("primefaces.nonce", "bm90LXRoZS1ub25jZQ==")
                .post(base + "/login.xhtml");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.header("Location")).endsWith("/login.xhtml").doesNotContain("error");
        assertThat(given().filter(cookies).get(r.header("Location")).statusCode()).isEqualTo(200);
    }
}
