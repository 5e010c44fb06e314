package com.bizbill.it;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Logs in through the real login form over HTTP and keeps the session cookie for further requests. */
final class PortalSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final CookieFilter cookies = new CookieFilter();

    private PortalSession(String base) {
        this.base = base;
    }

    static PortalSession anonymous(String base) {
        return new PortalSession(base);
    }

    static PortalSession login(String base, String loginId, String password) {
        PortalSession s = new PortalSession(base);
        String page = given().filter(s.cookies).get(base + "/login.xhtml").asString();
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no view state on the login page");
        }
        Response r = given().filter(s.cookies).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("login", "login")
                .formParam("login:loginId", loginId)
                .formParam("login:password", password)
                .formParam("login:submit", "")
                .formParam("jakarta.faces.ViewState", m.group(1))
                .post(base + "/login.xhtml");
        if (r.statusCode() != 302) {
            throw new AssertionError("login of " + loginId + " did not redirect: " + r.statusCode());
        }
        return s;
    }

    /** GET without following redirects. */
    Response get(String path) {
        return given().filter(cookies).redirects().follow(false).get(base + path);
    }
}
