package com.bizbill.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.bizbill.identity.Role;
import com.bizbill.shared.setup.DemoData;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 17 §1: every page of every role, on a 390 px phone and on a desktop, in Debian's headless Chromium. A page
 * fails when the document is wider than the window (something pushes the layout sideways) or when its visible text
 * shows a bundle key that has no words ({@code ???key???} from JSF, {@code ??key??} from our own lookups). The pages are the deployed WAR's own (as the access
 * matrix reads them), so a new page is checked without editing this test. Screenshots: target/screenshots/screens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreensBrowserIT {

    /** A phone (the issue's 390 px) and a desktop. */
    private static final List<Dimension> SIZES = List.of(new Dimension(390, 844), new Dimension(1366, 900));

    /** Public pages anyone opens. */
    private static final List<String> PUBLIC = List.of("/login.xhtml", "/account-help.xhtml", "/signup.xhtml",
            "/reset-password.xhtml", "/manual.xhtml", "/signup-master.xhtml", "/invitation.xhtml", "/error.xhtml");

    /** The demo logins by role (the pages are browsed as those users see them); the coupon members' mobiles. */
    private static final java.util.Map<Role, String[]> LOGINS = new java.util.EnumMap<>(java.util.Map.of(
            Role.STAFF, new String[] {DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD},
            Role.CUSTOMER, new String[] {DemoData.CUSTOMER_LOGIN, DemoData.CUSTOMER_PASSWORD},
            Role.MASTER, new String[] {DemoData.MASTER_LOGIN, DemoData.MASTER_PASSWORD},
            Role.SUB_MEMBER, new String[] {DemoData.SUB_MEMBER_LOGIN, DemoData.SUB_MEMBER_PASSWORD},
            Role.PARTNER_ADMIN, new String[] {DemoData.PARTNER_LOGIN, DemoData.PARTNER_PASSWORD}));
    private static final java.util.Map<Role, String> MOBILES = java.util.Map.of(Role.MASTER, "01012345678",
            Role.SUB_MEMBER, "01087654321");

    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?+[^?\\s]+\\?\\?+");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private WebDriver driver;
    private String base;

    @BeforeEach
    void browser() {
        base = Deployments.base(url);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--lang=ko-KR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void quit() {
        driver.quit();
    }

    @Test
    void issue17EveryPageOfEveryRoleFitsAPhoneAndADesktopAndShowsWordsNotKeys() throws Exception {
        List<String> problems = new ArrayList<>();
        int visited = visit(null, PUBLIC, problems);
        PortalSession staff = PortalSession.login(base, DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        for (Role role : Role.values()) {
            String[] login = LOGINS.get(role);
            PortalSession session = MOBILES.containsKey(role)
                    ? PortalSession.loginWithCode(base, login[0], login[1], MOBILES.get(role), staff)
                    : PortalSession.login(base, login[0], login[1]);
            List<String> pages = AccessMatrixIT.protectedPaths().stream()
                    .filter(p -> p.endsWith(".xhtml") && AccessMatrixIT.allowed(p).contains(role))
                    // the card gateway's return address registers a card from its one-time state: not a page to browse
                    .filter(p -> !p.endsWith("/card-callback.xhtml"))
                    .toList();
            visited += visit(session, pages, problems);
        }
        assertThat(visited).as("pages visited at both widths").isGreaterThan(40);
        assertThat(problems).as("pages wider than the window, or showing keys instead of words").isEmpty();
    }

    /** Opens each page at each size in the given session (null: none) and notes what is wrong; returns how many. */
    private int visit(PortalSession session, List<String> pages, List<String> problems) throws Exception {
        driver.manage().deleteAllCookies();
        if (session != null) {
            driver.get(base + "/login.xhtml");
            driver.manage().deleteAllCookies();
            driver.manage().addCookie(new Cookie("BIZBILL_SESSION", session.sessionId(), contextPath()));
        }
        int visited = 0;
        for (Dimension size : SIZES) {
            driver.manage().window().setSize(size);
            for (String page : pages) {
                driver.get(base + page);
                visited++;
                JavascriptExecutor js = (JavascriptExecutor) driver;
                long docWidth = ((Number) js.executeScript(
                        "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")).longValue();
                long windowWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
                String where = page + " at " + size.getWidth() + " px" + (session == null ? "" : " (logged in)");
                if (driver.getCurrentUrl().contains("/login.xhtml") && session != null && !page.contains("login")) {
                    problems.add(where + ": sent to the login page");
                }
                if (docWidth > windowWidth + 1) {
                    problems.add(where + ": " + docWidth + " px wide in a " + windowWidth + " px window, widest: "
                            + js.executeScript(WIDEST));
                }
                String text = (String) js.executeScript("return document.body.innerText;");
                Matcher key = MISSING_KEY.matcher(text);
                if (key.find()) {
                    problems.add(where + ": shows the key " + key.group());
                }
                shot(page, size);
            }
        }
        return visited;
    }

    /** The element that sticks out furthest to the right, to say in the failure what to fix. */
    private static final String WIDEST = "var w = window.innerWidth, worst = null, right = w;"
            + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
            + " if (r.right > right + 1 && r.width > 0) { right = r.right; worst = e; } });"
            + " return worst ? worst.tagName + '.' + worst.className + '#' + worst.id + ' right=' + Math.round(right) : 'none';";

    private String contextPath() {
        String path = URI.create(base).getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private void shot(String page, Dimension size) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path dir = Files.createDirectories(Path.of("target", "screenshots", "screens"));
        String name = page.replaceAll("^/", "").replaceAll("[/.]", "_") + "-" + size.getWidth() + ".png";
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
