package com.bizbill.it;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Logs in through the real login form over HTTP and keeps the session cookie for further requests. */
final class PortalSession {

    private final String base;
    private final CookieFilter cookies = new CookieFilter();
    private String sessionId;

    /** Remembers the session cookie the server sets (issue 17: a browser takes the session over from here). */
    private final io.restassured.filter.Filter sessionRecorder = (request, response, context) -> {
        Response r = context.next(request, response);
        String id = r.getCookie("BIZBILL_SESSION");
        if (id != null) {
            sessionId = id;
        }
        return r;
    };

    private PortalSession(String base) {
        this.base = base;
    }

    static PortalSession anonymous(String base) {
        return new PortalSession(base);
    }

    static PortalSession login(String base, String loginId, String password) {
        PortalSession s = new PortalSession(base);
        Response r = s.postLogin(loginId, password);
        if (r.statusCode() != 302 || r.header("Location").contains("login")) {
            throw new AssertionError("login of " + loginId + " did not redirect: " + r.statusCode());
        }
        return s;
    }

    /**
     * Logs in a coupon-service member whose second step is on (CB-MEM-3): the password, then the
     * SMS code, read the way staff would read it, from the sandbox message screen.
     */
    static PortalSession loginWithCode(String base, String loginId, String password, String mobile,
                                       PortalSession staff) {
        PortalSession s = new PortalSession(base);
        Response afterPassword = s.postLogin(loginId, password);
        if (!afterPassword.header("Location").contains("/login-code.xhtml")) {
            throw new AssertionError("expected the code step, got " + afterPassword.header("Location"));
        }
        Matcher code = Pattern.compile("인증번호 (\\d{6})").matcher(staff.get("/admin/messages.xhtml?to=" + mobile).asString());
        if (!code.find()) {
            throw new AssertionError("no login code for " + mobile);
        }
        String page = given().filter(s.cookies).filter(s.sessionRecorder).get(base + "/login-code.xhtml").asString();
        Response r = given().filter(s.cookies).filter(s.sessionRecorder).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("codeForm", "codeForm")
                .formParam("codeForm:code", code.group(1))
                .formParam("codeForm:verify", "")
                .formParams(JsfForm.hiddenFields(page))
                .post(base + "/login-code.xhtml");
        if (r.statusCode() != 302 || r.header("Location").contains("login")) {
            throw new AssertionError("code step of " + loginId + " failed: " + r.statusCode() + " " + r.header("Location"));
        }
        return s;
    }

    /** Only the password step, in this session; the answer's Location says where the login went. */
    Response passwordStep(String loginId, String password) {
        return postLogin(loginId, password);
    }

    private Response postLogin(String loginId, String password) {
        String page = given().filter(cookies).filter(sessionRecorder).get(base + "/login.xhtml").asString();
        return given().filter(cookies).filter(sessionRecorder).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("login", "login")
                .formParam("login:loginId", loginId)
                .formParam("login:password", password)
                .formParam("login:submit", "")
                .formParams(JsfForm.hiddenFields(page))
                .post(base + "/login.xhtml");
    }

    /** Posts a JSF form of {@code path} (its hidden fields read from a fresh GET of it), without following redirects. */
    Response postForm(String path, java.util.Map<String, String> fields) {
        String page = given().filter(cookies).filter(sessionRecorder).get(base + path).asString();
        return given().filter(cookies).filter(sessionRecorder).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields).formParams(JsfForm.hiddenFields(page)).post(base + path);
    }

    /** The session's cookie value, for a browser to continue this session. */
    String sessionId() {
        return sessionId;
    }

    /** GET without following redirects. */
    Response get(String path) {
        return given().filter(cookies).filter(sessionRecorder).redirects().follow(false).get(base + path);
    }
}
