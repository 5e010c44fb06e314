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
import java.util.Map;
import java.util.logging.Level;
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
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real login page in Debian's headless Chromium: staff land on /admin, customers on /portal,
 * a wrong password shows an error, the session id changes at login, and staff run a batch job
 * from the admin screen. A screenshot of every test is kept under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithFixtures(); // issue 19: the catalog fixture
    }

    @ArquillianResource
    URL url;

    private WebDriver driver;
    private WebDriverWait wait;
    private String base;

    @BeforeEach
    void browser() {
        base = Deployments.base(url);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=ko-KR");
        // issue 14: the console is read after each journey for Content-Security-Policy violations
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // PrimeFaces re-renders what an ajax request updates: an element found a moment ago may be replaced
        // before it is read (seen in CI on the card terms' boxes), and an overlay opened while the page was
        // still laying out may sit in the wrong place for a moment (seen on the month menu's items): every
        // wait looks again instead of failing, until its timeout
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class); // incl. click intercepted
    }

    @AfterEach
    void screenshot(TestInfo info) throws Exception {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(shot.toPath(), dir.resolve(getClass().getSimpleName() + "-"
                    + info.getTestMethod().orElseThrow().getName() + ".png"), StandardCopyOption.REPLACE_EXISTING);
            // issue 14: no page of the journey had anything blocked by the Content-Security-Policy
            List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                    .toList();
            assertThat(violations).as("CSP violations in the browser console").isEmpty();
        } finally {
            driver.quit();
        }
    }

    /** Issue 14: the browser enforces the page's CSP, and the console check after each journey would see a violation. */
    @Test
    void issue14AnInjectedInlineScriptIsBlockedAndTheViolationIsSeen() {
        driver.get(base + "/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:loginId")));
        Object ran = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var s = document.createElement('script'); s.textContent = 'window.bbInjected = 1;';"
                        + " document.head.appendChild(s); return window.bbInjected === 1;");
        assertThat(ran).as("an inline script without the nonce ran").isEqualTo(false);
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertThat(violations).as("the console reports the blocked script").isNotEmpty();
    }

    private void login(String id, String password) {
        driver.get(base + "/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:loginId")));
        driver.findElement(By.id("login:loginId")).sendKeys(id);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }

    @Test
    void staffLandOnTheAdminDashboard() {
        driver.get(base + "/login.xhtml");
        Cookie before = driver.manage().getCookieNamed("BIZBILL_SESSION");
        login(DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("운영 대시보드");
        assertThat(driver.findElement(By.id("userbar:who")).getText()).contains("운영 관리자");
        Cookie after = driver.manage().getCookieNamed("BIZBILL_SESSION");
        assertThat(after).isNotNull();
        assertThat(after.isHttpOnly()).isTrue();
        if (before != null) {
            assertThat(after.getValue()).as("a new session id after login").isNotEqualTo(before.getValue());
        }
        // staff may not use the customer portal
        driver.get(base + "/portal/index.xhtml");
        assertThat(driver.getPageSource()).contains("error-title").doesNotContain("Exception");
    }

    @Test
    void customersLandOnThePortalAndSeeTheirBalance() {
        login(DemoData.CUSTOMER_LOGIN, DemoData.CUSTOMER_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/portal/index.xhtml"));
        // issue 18 §4: the home answers what is owed, by when, and the way to pay (not ledger words)
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("청구 현황");
        assertThat(driver.findElement(By.id("homeForm:owed")).getText()).matches("[0-9,]+원");
        assertThat(driver.findElement(By.id("owedDetail")).getText()).matches("미납 청구서 \\d+건, 가장 가까운 납부기한 .*"
                + "|납부할 청구서가 없습니다\\.");
        assertThat(driver.findElement(By.id("homeForm:owedPanel")).getText()).contains("결제 방법").doesNotContain("미수금");
        assertThat(driver.findElement(By.id("homeForm:toInvoices")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("homeForm:total")).getText()).isEqualTo("50,000원");
        driver.get(base + "/admin/index.xhtml");
        assertThat(driver.getPageSource()).contains("error-title");
        assertThat(driver.getCurrentUrl()).doesNotContain("/admin/index.xhtml?");
    }

    @Test
    void wrongPasswordShowsAnErrorMessage() {
        login(DemoData.STAFF_LOGIN, "not-the-password");
        WebMessages.waitForText(wait, By.id("login:messages"), "아이디 또는 비밀번호가 올바르지 않습니다.");
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
        assertThat(driver.findElement(By.id("login:password")).getAttribute("value")).isEmpty();
    }

    @Test
    void loginPageSwitchesToEnglish() {
        driver.get(base + "/login.xhtml");
        driver.findElement(By.id("lang:en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("login:submit"), "Log in"));
        login(DemoData.STAFF_LOGIN, "wrong");
        WebMessages.waitForText(wait, By.id("login:messages"), "The ID or password is not correct.");
    }

    @Test
    void staffRunTheSnapshotJobFromTheAdminScreenAndSeeItInTheHistory() {
        login(DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        driver.findElement(By.id("nav-jobs")).click();
        wait.until(ExpectedConditions.urlContains("/admin/jobs.xhtml"));
        driver.findElement(By.id("startForm:start")).click();
        WebMessages.waitForText(wait, By.id("growl_container"), "실행을 시작했습니다");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("historyForm:history"), "완료"));
        assertThat(driver.findElement(By.id("historyForm:history")).getText()).contains("일일 잔액 스냅숏");
    }

    @Test
    void staffMoveTheDemoClockForwardAfterConfirming() {
        login(DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        String before = driver.findElement(By.id("clockForm:now")).getText();
        driver.findElement(By.id("clockForm:advance")).click();
        try {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            WebMessages.waitForText(wait, By.id("growl_container"), "시계를");
            String after = driver.findElement(By.id("clockForm:now")).getText();
            assertThat(after).isNotEqualTo(before);
            assertThat(after.substring(0, 10)).as("one day later")
                    .isEqualTo(java.time.LocalDate.parse(before.substring(0, 10)).plusDays(1).toString());
        } finally {
            // issue 16 §5: the clock is shared by every later test; it goes back even when an assertion failed
            driver.get(base + "/admin/index.xhtml");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("clockForm:reset"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clockForm:now"), before.substring(0, 10)));
        }
    }

    @Test
    void staffRegisterABillingAccountAndTheCustomerSignsUpWithTheMailedLink() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        String contact = "onboard-" + suffix + "@example.com";
        login(DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        driver.findElement(By.id("nav-accounts")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("listForm:new"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registerForm:companyName")))
                .sendKeys("온보딩 " + suffix);
        driver.findElement(By.id("registerForm:accountName")).sendKeys("본사");
        driver.findElement(By.id("registerForm:contactEmail")).sendKeys(contact);
        driver.findElement(By.id("registerForm:save")).click();
        WebMessages.waitForText(wait, By.id("growl_container"), contact);

        driver.findElement(By.id("nav-outbox")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outboxForm:filter"))).sendKeys(contact);
        driver.findElement(By.id("outboxForm:search")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#outboxForm\\:mails tbody tr"), 1));
        wait.until(d -> {
            d.findElement(By.cssSelector("#outboxForm\\:mails a")).click();
            return true;
        });
        String body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("pre.bb-mail"))).getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("the invitation carries a one-time link").isTrue();
        driver.manage().deleteAllCookies();

        driver.get(base + "/signup.xhtml?token=" + m.group(1));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("company"))).getText())
                .isEqualTo("온보딩 " + suffix);
        driver.findElement(By.cssSelector("#signupForm\\:agreedPrivacy .ui-chkbox-box")).click();
        driver.findElement(By.cssSelector("#signupForm\\:agreedTerms .ui-chkbox-box")).click();
        String loginId = "onb" + suffix;
        driver.findElement(By.id("signupForm:loginId")).sendKeys(loginId);
        driver.findElement(By.id("signupForm:password")).sendKeys("Welcome!2026");
        driver.findElement(By.id("signupForm:passwordAgain")).sendKeys("Welcome!2026");
        driver.findElement(By.id("signupForm:submit")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertThat(driver.findElement(By.id("login:notice")).getText()).contains(loginId);

        login(loginId, "Welcome!2026");
        wait.until(ExpectedConditions.urlContains("/portal/index.xhtml"));
        driver.findElement(By.id("nav-me")).click();
        wait.until(ExpectedConditions.urlContains("/portal/me.xhtml"));
        assertThat(driver.findElement(By.id("contactEmail")).getText()).isEqualTo(contact);
        assertThat(driver.findElement(By.id("contactHelp")).getText()).contains("운영자만");
    }

    /** A phone (the issue's 390 px) and a desktop. */
    private static final List<Dimension> SIZES = List.of(new Dimension(390, 844), new Dimension(1366, 900));

    /** Public pages anyone opens. */
    private static final List<String> PUBLIC = List.of("/login.xhtml", "/account-help.xhtml", "/signup.xhtml",
            "/reset-password.xhtml", "/manual.xhtml", "/signup-master.xhtml", "/invitation.xhtml", "/error.xhtml",
            "/terms.xhtml", "/coupon-page.xhtml");

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

    /**
     * Issue 17 §2: a code that has a label (every enum value, status, kind, payment purpose, audit action: the
     * keys of the one label source) must never show as itself; codes whose label is the code (SMS) are words.
     */
    private static final Pattern CODE_SHOWN = codesWithLabels();

    private static Pattern codesWithLabels() {
        java.util.ResourceBundle labels = java.util.ResourceBundle.getBundle("com.bizbill.i18n.labels",
                java.util.Locale.KOREAN);
        java.util.TreeSet<String> codes = new java.util.TreeSet<>(java.util.Comparator.comparing(String::length)
                .reversed().thenComparing(java.util.Comparator.naturalOrder()));
        for (String key : labels.keySet()) {
            String code = key.substring(key.indexOf('.') + 1);
            if (code.matches("[A-Z][A-Z_]{2,}") && !code.equals(labels.getString(key))) {
                codes.add(code);
            }
        }
        codes.remove("MASTER"); // also a card brand, printed as the card company names it ("MASTER ****0004")
        // a code inside an identifier (the ledger account ORG:2:PREPAID, an order id) is not a label's place
        return Pattern.compile("(?<![A-Za-z0-9_:-])(" + String.join("|", codes) + ")(?![A-Za-z0-9_:-])");
    }

    /**
     * Issue 17 §1: every page of every role, on a 390 px phone and on a desktop. A page fails when the document is
     * wider than the window (something pushes the layout sideways) or when its visible text shows a bundle key that has
     * no words ({@code ???key???} from JSF, {@code ??key??} from our own lookups). The pages are the deployed WAR's own
     * (as the access matrix reads them), so a new page is checked without editing this test. Screenshots:
     * target/screenshots/LoginBrowserIT-screens-*.png. Only pages are opened (GET), so the journeys' demo data stays.
     */
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
        assertThat(problems).as("pages wider than the window, or showing keys or codes instead of words").isEmpty();
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
                // issue 20: a page that fails to build (an incident) lands on the error page, which itself looks fine
                if (driver.getCurrentUrl().contains("/error.xhtml") && !page.contains("error")) {
                    problems.add(where + ": failed (" + driver.getCurrentUrl() + ")");
                }
                if (docWidth > windowWidth + 1) {
                    problems.add(where + ": " + docWidth + " px wide in a " + windowWidth + " px window, widest: "
                            + js.executeScript(WIDEST));
                }
                // issue 19: every image on the page loaded (a wrong path shows nothing, silently)
                Object broken = js.executeScript("return Array.from(document.images).filter(function (i) {"
                        + " return i.complete && i.naturalWidth === 0; }).map(function (i) { return i.src; }).join(' ');");
                if (broken != null && !broken.toString().isBlank()) {
                    problems.add(where + ": images that did not load: " + broken);
                }
                String text = (String) js.executeScript("return document.body.innerText;");
                Matcher key = MISSING_KEY.matcher(text);
                if (key.find()) {
                    problems.add(where + ": shows the key " + key.group());
                }
                Matcher code = CODE_SHOWN.matcher(text);
                if (code.find()) {
                    problems.add(where + ": shows the code " + code.group() + " instead of its label: …"
                            + text.substring(Math.max(0, code.start() - 40), Math.min(text.length(), code.end() + 40))
                            .replace('\n', ' ') + "…");
                }
                shot("screens-" + page.replaceAll("^/", "").replaceAll("[/.]", "_") + "-" + size.getWidth());
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

    /** The master's two-step login: the SMS code is read as staff would, from the sandbox message screen. */
    private void loginMaster() {
        login(DemoData.MASTER_LOGIN, DemoData.MASTER_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/login-code.xhtml"));
        driver.findElement(By.id("codeForm:code")).sendKeys(smsCode("01012345678"));
        driver.findElement(By.id("codeForm:verify")).click();
        wait.until(ExpectedConditions.urlContains("/portal/coupon/index.xhtml"));
    }

    /** The latest 6-digit code texted to {@code mobile}, read as staff would on the sandbox message screen. */
    private String smsCode(String mobile) {
        PortalSession staff = PortalSession.login(base, DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("인증번호 (\\d{6})")
                .matcher(staff.get("/admin/messages.xhtml?to=" + mobile).asString());
        assertThat(code.find()).as("a code was texted to " + mobile).isTrue();
        return code.group(1);
    }

    /** A screenshot of the page as it is now, next to the end-of-test ones (target/screenshots). */
    private void shot(String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(shot.toPath(), dir.resolve(getClass().getSimpleName() + "-" + name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long won(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    /** Issue 6: charge by the registered sandbox card, see balance and receipt, then request a refund. */
    @Test
    void aMasterChargesByCardSeesTheReceiptAndRequestsARefund() throws Exception {
        loginMaster();
        driver.findElement(By.id("nav-wallet")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("balance")));
        long before = won(driver.findElement(By.id("balance")).getText());
        assertThat(driver.findElement(By.id("walletCard")).getText()).isEqualTo("VISA ****0001");
        driver.findElement(By.id("chargeForm:amount_input")).sendKeys("30000");
        driver.findElement(By.id("chargeForm:chargeButton")).click();
        // CB-WAL-1: money moves only after the confirmation; issue 18 §1: it names the amount, the card and the fees
        String question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chargeQuestion"))).getText();
        assertThat(question).contains("30,000원을").contains("VISA ****0001로").contains("수수료");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("chargeReviewForm:confirmCharge"))).click();
        WebMessages.waitForText(wait, By.id("chargeForm"), "30,000원이 충전되었습니다.");
        wait.until(ExpectedConditions.textToBe(By.id("balance"), String.format("%,d 원", before + 30_000)));
        assertThat(driver.findElement(By.id("historyForm:historyTable")).getText()).contains("충전").contains("30,000");

        // CB-WAL-2: the receipt of the charge, as PDF, with the session of this browser
        String href = driver.findElement(By.cssSelector("a.bb-receipt")).getAttribute("href");
        byte[] pdf = io.restassured.RestAssured.given()
                .cookie("BIZBILL_SESSION", driver.manage().getCookieNamed("BIZBILL_SESSION").getValue())
                .redirects().follow(false).get(href).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("충전 영수증").contains("30,000원").contains("데모 쿠폰 주식회사");

        // CB-WAL-3, issue 18 §1: a part of the charge cancelled in two steps; the second names fee and net refund
        assertThat(driver.findElement(By.id("chargesForm:chargeTable")).findElements(By.tagName("tr")).get(1).getText())
                .contains("30,000");
        driver.findElement(By.id("chargesForm:chargeTable:0:cancelButton")).click();
        WebElement cancelAmount = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelForm:amount_input")));
        cancelAmount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "10000");
        driver.findElement(By.id("cancelForm:quoteCancel")).click();
        String cancelQuestion = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelQuestion"))).getText();
        assertThat(cancelQuestion).contains("10,000원 충전을 취소합니다").contains("수수료 없이 10,000원을 신용카드로");
        driver.findElement(By.id("cancelForm:confirmCancel")).click();
        WebMessages.waitForText(wait, By.id("flashMessages"), "10,000원 충전이 취소되었습니다 (수수료 0원, 환불 10,000원).");
        wait.until(ExpectedConditions.textToBe(By.id("balance"), String.format("%,d 원", before + 20_000)));
        String cancelHref = driver.findElement(By.cssSelector("a.bb-cancel-receipt")).getAttribute("href");
        byte[] cancelPdf = io.restassured.RestAssured.given()
                .cookie("BIZBILL_SESSION", driver.manage().getCookieNamed("BIZBILL_SESSION").getValue())
                .get(cancelHref).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        com.lowagie.text.pdf.PdfReader cancelReader = new com.lowagie.text.pdf.PdfReader(cancelPdf);
        String cancelText = new com.lowagie.text.pdf.parser.PdfTextExtractor(cancelReader).getTextFromPage(1);
        cancelReader.close();
        assertThat(cancelText).contains("충전 취소 영수증").contains("환불 수수료").contains("0원").contains("환불 금액")
                .contains("10,000원");

        // CB-WAL-4/5: refund request with preview, bank-book copy; the state shows as REQUESTED
        driver.findElement(By.id("refundLink")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refundForm:amount_input")))
                .sendKeys("5000");
        driver.findElement(By.id("refundForm:accountNumber")).click(); // blur → preview
        wait.until(ExpectedConditions.textToBe(By.id("payout"), "5,000"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("refundForm:bank")))
                .selectByVisibleText("신한은행");
        driver.findElement(By.id("refundForm:accountNumber")).sendKeys("110-123-456789");
        Path png = Files.createTempFile("bankbook", ".png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0});
        driver.findElement(By.id("refundForm:bankbook")).sendKeys(png.toAbsolutePath().toString());
        driver.findElement(By.id("refundForm:reason")).sendKeys("서비스 종료");
        // issue 18 §5: the counter counts bytes as the rule does (5 Hangul syllables and a space: 16 bytes)
        assertThat(driver.findElement(By.id("reasonBytes")).getText()).isEqualTo("16");
        // the holder is missing: refused, the error shown once beside the field, the chosen file kept
        driver.findElement(By.id("refundForm:submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refundForm:bankbookKept")));
        assertThat(driver.findElement(By.id("refundForm:bankbookKept")).getText()).contains(png.getFileName().toString());
        String page = driver.findElement(By.tagName("body")).getText();
        String holderError = driver.findElement(By.cssSelector("[id='refundForm:holder'] ~ .ui-message-error, "
                + ".ui-message-error[id*='holder']")).getText();
        assertThat(holderError).isNotBlank();
        assertThat(page.split(java.util.regex.Pattern.quote(holderError), -1)).as("shown once: " + holderError).hasSize(2);
        // CB-WAL-4, issue 18 §5: the company's own account needs no extra document; the file is not chosen again
        driver.findElement(By.id("refundForm:holder")).sendKeys("데모 쿠폰 주식회사");
        driver.findElement(By.id("refundForm:submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        WebMessages.waitForText(wait, By.id("growl_container"), "5,000원 환불이 신청되었습니다");
        assertThat(driver.findElement(By.id("requestsForm:requests")).getText()).contains("5,000").contains("신청");
    }

    /**
     * Issue 19 §4 §5 at 390 px and at desktop width: a master finds a product by brand in the catalog, opens it, puts it in the cart with a
     * validity, ticks it in the cart, sees the quote's amounts and downloads the quote PDF (Korean, with the company).
     */
    @Test
    void aMasterBrowsesTheCatalogPutsAProductInTheCartAndDownloadsTheQuote() throws Exception {
        assertThat(Deployments.fixture(base, "catalog").get("inError")).isEqualTo("0");
        for (Dimension size : List.of(new Dimension(390, 844), SIZES.get(SIZES.size() - 1))) {
            driver.manage().deleteAllCookies();
            catalogJourney(size);
        }
    }

    private void catalogJourney(Dimension size) throws Exception {
        driver.manage().window().setSize(size);
        try {
            loginMaster();
            driver.get(base + "/portal/coupon/catalog.xhtml");
            driver.findElement(By.id("shopForm:text")).sendKeys("모닝빈");
            driver.findElement(By.id("shopForm:search")).click();
            // the search's answer replaces the grid: wait for it (only the brand's cards), then click, again if the
            // grid was replaced under the click
            wait.until(d -> {
                String grid = d.findElement(By.id("products")).getText();
                return grid.contains("카페라떼") && !grid.contains("24마트");
            });
            shot("catalog-" + size.getWidth());
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                d.findElements(By.cssSelector("#products a.bb-product-card")).stream()
                        .filter(e -> e.getText().contains("카페라떼")).findFirst().orElseThrow().click();
                return true;
            });
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("faceValue")));
            assertThat(driver.findElement(By.id("faceValue")).getText()).contains("5,000원");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("addForm:addToCart"))).click();
            WebMessages.waitForText(wait, By.id("addForm"), "장바구니에 담았습니다");
            driver.findElement(By.id("addForm:toCart")).click();
            wait.until(ExpectedConditions.urlContains("/portal/coupon/cart.xhtml"));
            var row = driver.findElements(By.cssSelector("#cartForm\\:lines tbody tr")).stream()
                    .filter(e -> e.getText().contains("카페라떼")).findFirst().orElseThrow();
            row.findElement(By.cssSelector(".ui-chkbox-box")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quoteAmounts")));
            assertThat(driver.findElement(By.id("quoteAmounts")).getText()).contains("견적 금액").contains("원");
            shot("cart-" + size.getWidth());
            String href = driver.findElement(By.cssSelector("a.bb-quote-pdf")).getAttribute("href");
            byte[] pdf = io.restassured.RestAssured.given()
                    .cookie("BIZBILL_SESSION", driver.manage().getCookieNamed("BIZBILL_SESSION").getValue())
                    .get(href).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            reader.close();
            assertThat(text).contains("견적서").contains("데모 쿠폰 주식회사").contains("카페라떼").contains("견적 금액");
            long docWidth = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth;")).longValue();
            assertThat(docWidth).as("the cart fits the window").isLessThanOrEqualTo(size.getWidth() + 1);
        } finally {
            driver.manage().window().setSize(SIZES.get(SIZES.size() - 1));
        }
    }

    /**
     * Issue 22 §1 on a 390 px phone: the recipient opens the Alimtalk's link, asks for a code, enters it, and sees the
     * orderer's message and each coupon with a barcode the browser loaded, its number and validity; the page fits the
     * screen. §2: in a selectable order the recipient picks a gift after a confirmation naming it.
     */
    @Test
    void aRecipientOpensTheLinkOnAPhoneVerifiesAndSeesTheBarcodes() throws Exception {
        Map<String, String> link = Deployments.fixture(base, "coupon-link");
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            driver.get(base + "/c/" + link.get("token"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:sendCode")));
            assertThat(driver.findElement(By.id("sendTitle")).getText()).isEqualTo("감사 선물");
            assertThat(driver.findElement(By.id("sender")).getText()).contains("선물하는 회사").contains("선물이 도착했습니다");
            assertThat(driver.getPageSource()).doesNotContain("바코드").doesNotContain(link.get("mobile"));
            driver.findElement(By.id("verify:sendCode")).click();
            WebMessages.waitForText(wait, By.tagName("body"), "인증번호를 보냈습니다");
            driver.findElement(By.id("verify:code")).sendKeys("000000".equals(smsCode(link.get("mobile")))
                    ? "111111" : "000000");
            driver.findElement(By.id("verify:confirm")).click();
            WebMessages.waitForText(wait, By.id("verify"), "인증번호가 맞지 않거나");
            driver.findElement(By.id("verify:code")).clear();
            driver.findElement(By.id("verify:code")).sendKeys(smsCode(link.get("mobile")));
            driver.findElement(By.id("verify:confirm")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("coupon-1")));
            assertThat(driver.findElements(By.id("verify:confirm"))).as("the proof is done: its form is gone").isEmpty();
            assertThat(driver.findElement(By.id("message")).getText()).isEqualTo("김수신님, 늘 고맙습니다. 맛있게 드세요!");
            assertThat(driver.findElement(By.id("coupon-0")).getText()).contains("모닝빈 커피").contains("아메리카노 (Tall)")
                    .contains("유효기간").contains("사용 가능");
            assertThat(driver.findElement(By.id("coupon-1")).getText()).contains("섬 버거 세트");
            for (var img : driver.findElements(By.cssSelector("img.bb-barcode"))) {
                wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                        "return arguments[0].complete ? arguments[0].naturalWidth : 0;", img)).longValue() > 100);
            }
            shot("coupon-page-390");
            long docWidth = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth;")).longValue();
            assertThat(docWidth).as("the coupon page fits the phone").isLessThanOrEqualTo(391);
            // a barcode is this session's only: another browser (no proof) gets nothing
            String src = driver.findElement(By.cssSelector("img.bb-barcode")).getAttribute("src");
            io.restassured.RestAssured.given().get(src).then().statusCode(404);
            assertThat(driver.findElement(By.id("save:saveImage")).getText()).isEqualTo("쿠폰 이미지 저장");

            // issue 22 §2: in a selectable order the recipient picks one gift, confirms it, and its coupon appears
            Map<String, String> selectable = Deployments.fixture(base, "coupon-link?selectable=1&demo=1");
            driver.get(base + "/c/" + selectable.get("token"));
            driver.findElement(By.id("verify:sendCode")).click();
            WebMessages.waitForText(wait, By.tagName("body"), "인증번호를 보냈습니다");
            driver.findElement(By.id("verify:code")).sendKeys(smsCode(selectable.get("mobile")));
            driver.findElement(By.id("verify:confirm")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gift-1")));
            assertThat(driver.findElement(By.id("choose")).getText()).contains("선물 고르기").contains("섬 버거 세트")
                    .contains("아메리카노 (Tall)").doesNotContain("원"); // a recipient never sees prices
            var coffeeCard = driver.findElements(By.cssSelector("#choose .bb-coupon")).stream()
                    .filter(e -> e.getText().contains("아메리카노")).findFirst().orElseThrow();
            coffeeCard.findElement(By.tagName("button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
            assertThat(driver.findElement(By.cssSelector(".ui-confirm-dialog")).getText()).contains("아메리카노 (Tall)")
                    .contains("바꿀 수 없습니다");
            shot("coupon-page-choose-390");
            driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("coupon-0")));
            assertThat(driver.findElement(By.id("coupon-0")).getText()).contains("아메리카노 (Tall)").contains("사용 가능");
            assertThat(driver.findElements(By.id("choose"))).as("chosen: nothing more to choose").isEmpty();
            shot("coupon-page-chosen-390");

            // issue 22 §3, CB-HIS-1: the orderer sees it in the history (confirmed = the coffee) and downloads the Excel
            driver.manage().deleteAllCookies();
            loginMaster();
            driver.get(base + "/portal/coupon/orders.xhtml");
            var row = wait.until(d -> d.findElements(By.cssSelector("#ordersForm\\:orders tbody tr")).stream()
                    .filter(e -> e.getText().contains(selectable.get("number"))).findFirst().orElse(null));
            assertThat(row.getText()).contains("선택형").contains("0 / 1 / 0"); // the message not reported yet
            shot("orders-history-390");
            String excel = driver.findElement(By.id("ordersForm:excel")).getAttribute("href");
            byte[] xlsx = io.restassured.RestAssured.given()
                    .cookie("BIZBILL_SESSION", driver.manage().getCookieNamed("BIZBILL_SESSION").getValue())
                    .get(excel).then().statusCode(200).extract().asByteArray();
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                var sheet = wb.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("주문번호");
                var line = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                        .filter(r -> selectable.get("number").equals(r.getCell(4).getStringCellValue())).findFirst()
                        .orElseThrow();
                assertThat(line.getCell(5).getStringCellValue()).isEqualTo("선택형");
                assertThat(line.getCell(7).getNumericCellValue()).as("confirmed: the coffee chosen").isPositive()
                        .isLessThan(line.getCell(6).getNumericCellValue());
                assertThat(line.getCell(0).getLocalDateTimeCellValue()).isNotNull();
            }

            // issue 22 §4, §6: the order's page lists the coupon; the master discards it with a reason, and the
            // recipient's page then shows it discarded
            row.findElement(By.tagName("a")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orderView:recipients")));
            assertThat(driver.findElement(By.id("orderView:recipients")).getText()).contains("아메리카노 (Tall)")
                    .contains("발급").contains("0/3");
            driver.findElement(By.cssSelector("#orderView\\:recipients button.ui-button-danger")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("discardForm:reason")));
            driver.findElement(By.id("discardForm:reason")).sendKeys("수신자 요청");
            driver.findElement(By.id("discardForm:confirmDiscard")).click();
            WebMessages.waitForText(wait, By.tagName("body"), "쿠폰을 폐기했습니다");
            shot("order-discarded-390");
            driver.get(base + "/c/" + selectable.get("token"));
            driver.findElement(By.id("verify:sendCode")).click();
            WebMessages.waitForText(wait, By.tagName("body"), "인증번호를 보냈습니다");
            driver.findElement(By.id("verify:code")).sendKeys(smsCode(selectable.get("mobile")));
            driver.findElement(By.id("verify:confirm")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("allDiscarded")));
            assertThat(driver.findElement(By.id("allDiscarded")).getText()).contains("발행된 쿠폰이 모두 폐기");
        } finally {
            driver.manage().window().setSize(SIZES.get(SIZES.size() - 1));
        }
    }

    /**
     * Issue 23 §1-§3 on a 390 px phone: the master uploads contacts from Excel into the default group (a failing row
     * comes back as a file), then takes the group as an order's recipients.
     */
    @Test
    void aMasterUploadsContactsAndUsesTheGroupInAnOrder() throws Exception {
        assertThat(Deployments.fixture(base, "catalog").get("inError")).isEqualTo("0");
        Path file = Files.createTempFile("contacts", ".csv");
        Files.writeString(file, "이름,휴대폰번호,기념일,양력/음력,윤달,회사명,부서,직함\n"
                + "주소하나,010-7770-1001,1990/03/15,양력,,비즈상사,영업팀,대리\n"
                + "주소둘,01077701002,1985/08/15,음력,,비즈상사,인사팀,과장\n"
                + ",01077701003,,,,,,\n", java.nio.charset.StandardCharsets.UTF_8);
        int productId = io.restassured.RestAssured.given().header("X-API-Key", DemoData.COUPON_API_KEY)
                .get(base + "/api/v1/catalog/products?q=카페라떼").then().statusCode(200).extract().path("items[0].id");
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            loginMaster();
            driver.get(base + "/portal/coupon/address-book.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("uploadForm:uploadButton")));
            driver.findElement(By.id("uploadForm:file")).sendKeys(file.toString());
            driver.findElement(By.id("uploadForm:uploadButton")).click();
            WebMessages.waitForText(wait, By.tagName("body"), "2명을 추가했습니다");
            assertThat(driver.findElement(By.id("uploadForm:failures")).getText()).contains("1");
            assertThat(driver.findElement(By.id("contactsForm:contacts")).getText()).contains("주소하나")
                    .contains("01077701002").contains("음력");
            shot("address-book-390");

            driver.get(base + "/portal/coupon/product.xhtml?id=" + productId);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("addForm:orderNow"))).click();
            wait.until(ExpectedConditions.urlContains("/portal/coupon/order.xhtml"));
            // the group chosen in the menu's own select (what the button submits): the overlay's animation made a
            // click on its item miss now and then in the full suite
            WebElement group = driver.findElement(By.id("orderForm:addGroup"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", group);
            ((JavascriptExecutor) driver).executeScript("var s = document.getElementById('orderForm:addressGroup_input');"
                    + "for (var o of s.options) { if (o.text.indexOf('기본 그룹') >= 0) { s.value = o.value; } }");
            driver.findElement(By.id("orderForm:addGroup")).click();
            WebMessages.waitForText(wait, By.tagName("body"), "주소록에서 2명을 수신자로 넣었습니다");
            WebMessages.waitForText(wait, By.id("recipientCount"), "수신자 2명");
            shot("order-from-address-book-390");
        } finally {
            driver.manage().window().setSize(SIZES.get(SIZES.size() - 1));
        }
    }

    /**
     * Issue 23 §4, CB-ANV-1 at 390 px: a master adds an anniversary order from the cart with one recipient whose
     * birthday is tomorrow (the question names the amount per recipient), switches it off and on again (the question
     * names the amount), and after staff move the demo clock a day on, the day's run (the 02:00 tick's job) has made
     * the order, which the plan's page lists with its number.
     */
    @Test
    void aMasterSwitchesAnAnniversaryOrderOnAndSeesItCreatedTheNextDay() throws Exception {
        assertThat(Deployments.fixture(base, "catalog").get("inError")).isEqualTo("0");
        Deployments.fixture(base, "demo-wallet?amount=1000000");
        int productId = io.restassured.RestAssured.given().header("X-API-Key", DemoData.COUPON_API_KEY)
                .get(base + "/api/v1/catalog/products?q=아메리카노").then().statusCode(200).extract().path("items[0].id");
        java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(1);
        String birthday = String.format("%d/%02d/%02d", tomorrow.getYear() - 30, tomorrow.getMonthValue(),
                tomorrow.getDayOfMonth());
        String planName = "생일 " + java.util.UUID.randomUUID().toString().substring(0, 6);
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            loginMaster();
            driver.get(base + "/portal/coupon/product.xhtml?id=" + productId);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("addForm:addToCart"))).click();
            WebMessages.waitForText(wait, By.tagName("body"), "장바구니에 담았습니다");
            driver.get(base + "/portal/coupon/anniversary-new.xhtml");
            WebElement line = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//*[@id='anniversaryForm:lines']//label[contains(., '아메리카노')]")));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", line);
            line.click();
            WebMessages.waitForText(wait, By.id("perRecipient"), "원");
            WebElement name = driver.findElement(By.id("anniversaryForm:name"));
            name.sendKeys(Keys.chord(Keys.CONTROL, "a"), planName);
            driver.findElement(By.id("anniversaryForm:sendTitle")).sendKeys("생일 축하");
            driver.findElement(By.id("anniversaryForm:rows:0:mobile")).sendKeys("010-7780-1001");
            driver.findElement(By.id("anniversaryForm:rows:0:date")).sendKeys(birthday);
            driver.findElement(By.id("anniversaryForm:rows:0:rname")).sendKeys("김생일");
            driver.findElement(By.id("anniversaryForm:countRows")).click();
            WebMessages.waitForText(wait, By.id("recipientCount"), "수신자 1명");
            WebElement terms = driver.findElement(By.cssSelector("#anniversaryForm\\:terms .ui-chkbox-box"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", terms);
            terms.click();
            driver.findElement(By.id("anniversaryForm:save")).click();
            WebMessages.waitForText(wait, By.id("saveQuestion"), "1인당");
            assertThat(driver.findElement(By.id("saveQuestion")).getText()).contains("충전금").contains("09:00");
            shot("anniversary-new-390");
            driver.findElement(By.id("confirmForm:confirmSave")).click();
            wait.until(ExpectedConditions.urlContains("/portal/coupon/anniversaries.xhtml"));
            WebMessages.waitForText(wait, By.id("plansForm:plans"), planName);
            assertThat(driver.findElement(By.id("plansForm:plans")).getText()).contains(tomorrow.toString()).contains("켜짐");

            // off, then on again: the question names the amount per recipient
            WebElement card = driver.findElement(By.xpath("//div[contains(concat(' ', @class, ' '), ' bb-card ') and .//*[contains(text(), '"
                    + planName + "')]]"));
            card.findElement(By.xpath(".//button[contains(@id, ':off')]")).click();
            WebMessages.waitForText(wait, By.tagName("body"), "기념일 발송을 껐습니다");
            card = driver.findElement(By.xpath("//div[contains(concat(' ', @class, ' '), ' bb-card ') and .//*[contains(text(), '"
                    + planName + "')]]"));
            card.findElement(By.xpath(".//button[contains(@id, ':on')]")).click();
            WebMessages.waitForText(wait, By.id("switchQuestion"), "1인당");
            driver.findElement(By.id("switchForm:confirmOn")).click();
            WebMessages.waitForText(wait, By.tagName("body"), "기념일 발송을 켰습니다");
            shot("anniversaries-390");
            driver.findElement(By.id("userbar:logout")).click();
            wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        } finally {
            driver.manage().window().setSize(SIZES.get(SIZES.size() - 1));
        }

        // staff move the clock a day on; the 02:00 tick's job (the schedule is off in the tests) makes the order
        login(DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        String before = driver.findElement(By.id("clockForm:now")).getText();
        try {
            driver.findElement(By.id("clockForm:advance")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clockForm:now"), tomorrow.toString()));
            assertThat(Deployments.fixture(base, "anniversary-day").get("status")).isEqualTo("COMPLETED");
        } finally {
            driver.get(base + "/admin/index.xhtml");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("clockForm:reset"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clockForm:now"), before.substring(0, 10)));
        }
        driver.findElement(By.id("userbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));

        loginMaster();
        driver.get(base + "/portal/coupon/anniversaries.xhtml");
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(concat(' ', @class, ' '), ' bb-card ') and .//*[contains(text(), '" + planName + "')]]")));
        card.findElement(By.xpath(".//a[contains(., '자세히')]")).click();
        wait.until(ExpectedConditions.urlContains("/portal/coupon/anniversary.xhtml"));
        assertThat(driver.findElement(By.id("viewForm:summary")).getText()).as("the day done is not the next")
                .doesNotContain("다음 주문일 " + tomorrow);
        String runs = driver.findElement(By.id("viewForm:runs")).getText();
        assertThat(runs).contains(tomorrow.toString()).contains("주문함").containsPattern("CB\\d{8}C\\d+");
        shot("anniversary-detail");
    }

    /**
     * Issue 24 §2, §3 at 390 px: a master downloads the transaction statement of its sent orders (PDF: its company, the
     * document's title), then opens its postpaid invoices, expands one to its orders, and downloads the invoice (PDF:
     * amount, deposit account) and its orders as Excel.
     */
    @Test
    void aMasterDownloadsAStatementAndViewsAndDownloadsAPostpaidInvoice() throws Exception {
        assertThat(Deployments.fixture(base, "catalog").get("inError")).isEqualTo("0");
        Deployments.fixture(base, "demo-wallet?amount=100000");
        String number = Deployments.fixture(base, "coupon-link?demo=1").get("number");
        String invoiceId = Deployments.fixture(base, "demo-postpaid-invoice").get("invoiceId");
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            loginMaster();
            driver.get(base + "/portal/coupon/orders.xhtml");
            WebElement all = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ordersForm:statementAll")));
            String session = driver.manage().getCookieNamed("BIZBILL_SESSION").getValue();
            byte[] statement = io.restassured.RestAssured.given().cookie("BIZBILL_SESSION", session)
                    .get(all.getAttribute("href")).then().statusCode(200).contentType("application/pdf").extract()
                    .asByteArray();
            assertThat(pdfText(statement)).contains("거래명세서").contains("데모쿠폰주식회사").contains(number)
                    .contains("세금계산서");
            shot("orders-statement-390");

            driver.get(base + "/portal/coupon/wallet/postpaid.xhtml");
            WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("postpaidForm:invoices")));
            assertThat(table.getText()).contains("12,345원");
            driver.findElement(By.cssSelector("#postpaidForm\\:invoices .ui-row-toggler")).click();
            WebMessages.waitForText(wait, By.id("postpaidForm:invoices"), number);
            shot("postpaid-390");
            String pdfHref = driver.findElement(By.cssSelector("a.bb-postpaid-pdf")).getAttribute("href");
            byte[] pdf = io.restassured.RestAssured.given().cookie("BIZBILL_SESSION", session).get(pdfHref).then()
                    .statusCode(200).contentType("application/pdf").extract().asByteArray();
            assertThat(pdfText(pdf)).contains("후불청구서").contains("12,345원").contains("입금계좌").contains(number);
            byte[] xlsx = io.restassured.RestAssured.given().cookie("BIZBILL_SESSION", session)
                    .get(driver.findElement(By.cssSelector("a.bb-postpaid-excel")).getAttribute("href")).then()
                    .statusCode(200).extract().asByteArray();
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(number);
            }
            // another id is not this master's: refused in words, not a stack trace
            io.restassured.RestAssured.given().cookie("BIZBILL_SESSION", session)
                    .get(base + "/portal/coupon/wallet/postpaid.pdf?id=" + (Long.parseLong(invoiceId) + 100_000))
                    .then().statusCode(404);
        } finally {
            driver.manage().window().setSize(SIZES.get(SIZES.size() - 1));
        }
    }

    /** The words of every page of a PDF, without the spaces and breaks that narrow cells add. */
    private static String pdfText(byte[] pdf) throws java.io.IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(p));
        }
        reader.close();
        return text.toString().replaceAll("\\s+", "");
    }

    /**
     * Issue 20 §1-§3 at 390 px and at desktop width: a master orders a product now from its page, uploads recipients from Excel (a failing
     * row comes back as a failure file), types one more, reserves it for tomorrow, ticks the terms, reads the amount and
     * the wallet in the question, pays, sees the reserved order and cancels it with the money named.
     */
    @Test
    void aMasterOrdersFromAnExcelFileReservesPaysAndCancels() throws Exception {
        assertThat(Deployments.fixture(base, "catalog").get("inError")).isEqualTo("0");
        Deployments.fixture(base, "demo-wallet?amount=1000000");
        for (Dimension size : List.of(new Dimension(390, 844), SIZES.get(SIZES.size() - 1))) {
            driver.manage().deleteAllCookies();
            orderJourney(size);
        }
    }

    private void orderJourney(Dimension size) throws Exception {
        int productId = io.restassured.RestAssured.given().header("X-API-Key", DemoData.COUPON_API_KEY)
                .get(base + "/api/v1/catalog/products?q=카페라떼").then().statusCode(200).extract().path("items[0].id");
        Path file = Files.createTempFile("recipients", ".xlsx");
        Files.write(file, com.bizbill.ordering.RecipientFiles.list(List.of(
                new com.bizbill.ordering.RecipientRow("01055501001", "김하나", "비즈상사", "대리"),
                new com.bizbill.ordering.RecipientRow("0212345678", "유선번호", null, null),
                new com.bizbill.ordering.RecipientRow("01055501002", "이둘", null, null)), false,
                java.time.ZoneId.of("Asia/Seoul")));
        driver.manage().window().setSize(size);
        try {
            loginMaster();
            driver.get(base + "/portal/coupon/product.xhtml?id=" + productId);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("addForm:orderNow"))).click();
            wait.until(ExpectedConditions.urlContains("/portal/coupon/order.xhtml"));
            assertThat(driver.findElement(By.id("orderForm:products")).getText()).contains("카페라떼");
            driver.findElement(By.id("orderForm:openUpload")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("uploadForm:uploadButton")));
            driver.findElement(By.id("uploadForm:file")).sendKeys(file.toString());
            driver.findElement(By.id("uploadForm:uploadButton")).click();
            WebMessages.waitForText(wait, By.tagName("body"), "2명을 추가했습니다");
            assertThat(driver.findElement(By.tagName("body")).getText().split("2명을 추가했습니다", -1)).as("said once")
                    .hasSize(2);
            assertThat(driver.findElement(By.id("orderForm:downloadFailures")).getText()).contains("1");
            driver.findElement(By.id("orderForm:rows:0:mobile")).sendKeys("010-5550-1003");
            driver.findElement(By.id("orderForm:rows:0:rname")).sendKeys("박셋");
            driver.findElement(By.id("orderForm:countRows")).click();
            WebMessages.waitForText(wait, By.id("recipientCount"), "수신자 3명");
            driver.findElement(By.id("orderForm:sendTitle")).sendKeys("연말 감사 선물");
            driver.findElement(By.xpath("//label[text()='예약 발송']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orderForm:reservedAt_input")));
            String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(1) + " 10:00";
            driver.findElement(By.id("orderForm:reservedAt_input")).sendKeys(tomorrow); // typed: the picker opens by its icon
            WebElement terms = driver.findElement(By.cssSelector("#orderForm\\:terms .ui-chkbox-box"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", terms);
            terms.click();
            shot("order-form-" + size.getWidth());
            driver.findElement(By.id("orderForm:pay")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payQuestion")));
            String question = driver.findElement(By.id("payQuestion")).getText();
            assertThat(question).contains("수신자 3명").contains("예치금").contains(tomorrow);
            driver.findElement(By.id("confirmForm:confirmPay")).click();
            wait.until(ExpectedConditions.urlContains("/portal/coupon/order-view.xhtml"));
            assertThat(driver.findElement(By.id("orderStatus")).getText()).isEqualTo("예약");
            assertThat(driver.findElement(By.id("orderView:recipients")).getText()).contains("01055501003")
                    .doesNotContain("0212345678");
            shot("order-view-" + size.getWidth());
            driver.findElement(By.id("orderView:cancelOrder")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelQuestion")));
            assertThat(driver.findElement(By.id("cancelQuestion")).getText()).contains("예치금으로 돌려드립니다");
            driver.findElement(By.id("cancelForm:confirmCancel")).click();
            WebMessages.waitForText(wait, By.id("orderStatus"), "예약 취소");
            long docWidth = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth;")).longValue();
            assertThat(docWidth).as("the order fits the window").isLessThanOrEqualTo(size.getWidth() + 1);
        } finally {
            driver.manage().window().setSize(SIZES.get(SIZES.size() - 1));
        }
    }

    /** Issue 7: a customer views an invoice, downloads its PDF, pays two invoices now; staff see them paid. */
    @Test
    void aCustomerPaysTwoInvoicesNowAndStaffSeeThemPaid() throws Exception {
        login(DemoData.PAY_NOW_LOGIN, DemoData.PAY_NOW_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/portal/index.xhtml"));
        driver.findElement(By.id("nav-invoices")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invoicesForm:invoiceTable")));
        String table = driver.findElement(By.id("invoicesForm:invoiceTable")).getText();
        assertThat(table).contains("DEMO2-").contains("미납");

        // BP-INV-1: the PDF of an invoice, with this browser's session, has the Korean text and amounts
        String href = driver.findElement(By.cssSelector("a.bb-invoice-pdf")).getAttribute("href");
        byte[] pdf = io.restassured.RestAssured.given()
                .cookie("BIZBILL_SESSION", driver.manage().getCookieNamed("BIZBILL_SESSION").getValue())
                .redirects().follow(false).get(href).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("청구서").contains("데모 상사").contains("메시징 서비스").contains("원");

        // BP-PAY-5: tick both of this month's invoices, see the sum split into supply and VAT, confirm, pay
        var boxes = driver.findElements(By.cssSelector("#payForm\\:payable tbody .ui-chkbox-box"));
        assertThat(boxes).hasSize(2);
        // issue 18 §1: with nothing ticked there is nothing to confirm
        assertThat(driver.findElement(By.id("payForm:pay")).isEnabled()).isFalse();
        boxes.get(0).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("selectedTotal"), "0")));
        driver.findElements(By.cssSelector("#payForm\\:payable tbody .ui-chkbox-box")).get(1).click();
        wait.until(ExpectedConditions.textToBe(By.id("selectedTotal"), "121,000"));
        assertThat(driver.findElement(By.id("payForm:sum")).getText()).contains("110,000").contains("11,000");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("payForm:pay"))).click();
        // issue 18 §1: the question names the count, the amount, the card (brand and last 4) and the fee
        String question = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message"))).getText();
        assertThat(question).contains("2건").contains("121,000원을").containsPattern("\\*{4}\\d{4}(으로|로) 결제합니다")
                .contains("수수료는 없습니다");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        WebMessages.waitForText(wait, By.id("payForm"), "121,000원을 결제했습니다.");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoicesForm:invoiceTable"), "납부 완료"));

        // staff see them paid (their invoice list, filtered, as Excel)
        PortalSession staff = PortalSession.login(base, DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        byte[] xlsx = staff.get("/admin/invoices.xlsx?status=PAID&text=DEMO2-").asByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2); // header + the two paid invoices
            for (int r = 1; r <= 2; r++) {
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).startsWith("DEMO2-");
                assertThat(sheet.getRow(r).getCell(8).getStringCellValue()).isEqualTo("납부 완료");
            }
            // issue 17 §5: a Korean sheet and headers, the month a real date shown yyyy-mm, amounts numbers with
            // a thousands format, columns as wide as their text
            assertThat(wb.getSheetName(0)).isEqualTo("청구서 조회");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("청구월");
            var month = sheet.getRow(1).getCell(0);
            assertThat(month.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(month)).isTrue();
            assertThat(month.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm");
            assertThat(month.getLocalDateTimeCellValue().getDayOfMonth()).isEqualTo(1);
            var total = sheet.getRow(1).getCell(5);
            assertThat(total.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(total.getNumericCellValue()).isGreaterThan(0);
            assertThat(sheet.getColumnWidth(1)).as("invoice numbers fit").isGreaterThan(12 * 256);
        }
    }


    @Test
    void aCouponMasterLogsInWithTheSmsCodeAndFindsTheSecuritySettings() {
        login(DemoData.MASTER_LOGIN, DemoData.MASTER_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/login-code.xhtml"));
        assertThat(driver.findElement(By.id("sentTo")).getText()).contains("010-****-5678");
        // read the code as staff would, from the sandbox message screen, in another session
        driver.findElement(By.id("codeForm:code")).sendKeys(smsCode("01012345678"));
        driver.findElement(By.id("codeForm:verify")).click();
        wait.until(ExpectedConditions.urlContains("/portal/coupon/index.xhtml"));
        assertThat(driver.findElement(By.id("welcome")).getText()).contains("쿠폰 마스터");
        driver.findElement(By.id("nav-me")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("securityForm:twoStep")));
    }

    @Test
    void aMasterInvitesSubMembersAndSeesEachRowsOutcome() {
        aCouponMasterLogsInWithTheSmsCodeAndFindsTheSecuritySettings();
        driver.findElement(By.id("nav-members")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inviteForm:inviteText")));
        String invitee = "ui-sub-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        driver.findElement(By.id("inviteForm:inviteText")).sendKeys(invitee + ", 이초대, 010-7777-8888\nno-email, 엉터리, 01012341234");
        driver.findElement(By.id("inviteForm:invite")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inviteForm:results")));
        String results = driver.findElement(By.id("inviteForm:results")).getText();
        assertThat(results).contains(invitee).contains("발송").contains("메일 주소 형식이 올바르지 않습니다.");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:members"), invitee));
        assertThat(driver.findElement(By.id("listForm:members")).getText()).contains("초대 대기");
    }

    @Test
    void aCompanySignsUpAsMasterInThreeStepsAndStaffApproveIt() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        String email = "wizard-" + suffix + "@example.com";
        String company = "위저드 " + suffix;
        Path licence = Files.createDirectories(Path.of("target", "uploads-it")).resolve("licence-" + suffix + ".png");
        Files.write(licence, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});

        driver.get(base + "/signup-master.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepOne:businessNumber"))).sendKeys("2208162517");
        driver.findElement(By.id("stepOne:companyName")).sendKeys(company);
        driver.findElement(By.id("stepOne:representative")).sendKeys("이대표");
        driver.findElement(By.id("stepOne:licence")).sendKeys(licence.toAbsolutePath().toString());
        driver.findElement(By.id("stepOne:next")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepTwo:email"))).sendKeys(email);
        driver.findElement(By.id("stepTwo:sendCode")).click();
        WebMessages.waitForText(wait, By.id("growl_container"), email);
        PortalSession staff = PortalSession.login(base, DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("Code: (\\d{6})")
                .matcher(staff.get("/admin/outbox.xhtml?to=" + email).asString());
        assertThat(code.find()).as("the verification code in the staff outbox").isTrue();
        driver.findElement(By.id("stepTwo:emailCode")).sendKeys(code.group(1));
        driver.findElement(By.id("stepTwo:verify")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepTwo:verified")));
        driver.findElement(By.id("stepTwo:password")).sendKeys("Wizard!2026");
        driver.findElement(By.id("stepTwo:passwordAgain")).sendKeys("Wizard!2026");
        driver.findElement(By.id("stepTwo:mobile")).sendKeys("01099990000");
        driver.findElement(By.cssSelector("#stepTwo\\:agreedTerms .ui-chkbox-box")).click();
        driver.findElement(By.cssSelector("#stepTwo\\:agreedPrivacy .ui-chkbox-box")).click();
        driver.findElement(By.id("stepTwo:next")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("stepThree:submit"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));

        driver.manage().deleteAllCookies();
        login(DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        driver.findElement(By.id("nav-approvals")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("approvalsForm:pending"), company));
        var row = driver.findElement(By.xpath("//tr[td[contains(., '" + company + "')]]"));
        assertThat(row.getText()).contains("220-81-62517").contains(email);
        row.findElement(By.xpath(".//button[contains(., '승인')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        WebMessages.waitForText(wait, By.id("growl_container"), "승인했습니다");
        wait.until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("approvalsForm:pending"), company)));

        driver.manage().deleteAllCookies();
        login(email, "Wizard!2026");
        wait.until(ExpectedConditions.urlContains("/login-code.xhtml"));
    }

    @Test
    void aCardPayerRegistersACardOnTheGatewaysOwnPage() {
        // rules BP-CARD-1 (terms, card typed on the PG's page, only billing key + brand + last 4 kept)
        login(DemoData.CUSTOMER_LOGIN, DemoData.CUSTOMER_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/portal/index.xhtml"));
        driver.findElement(By.id("nav-card")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("cardForm:open"))).click();
        WebMessages.waitForText(wait, By.id("cardForm"), "약관 네 가지에 모두 동의해야 합니다.");
        driver.findElement(By.id("cardForm:all")).click();
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("#cardForm\\:t4 .ui-chkbox-box"), "class", "ui-state-active"));
        driver.findElement(By.id("cardForm:open")).click();
        wait.until(ExpectedConditions.urlContains("/sandbox-pg/card.xhtml"));
        driver.findElement(By.id("pgForm:cardNumber")).sendKeys("4000-0000-0100-0001");
        driver.findElement(By.id("pgForm:expiryMonth")).sendKeys("12");
        driver.findElement(By.id("pgForm:expiryYear")).sendKeys("2099");
        driver.findElement(By.id("pgForm:owner")).sendKeys("900101");
        // BP-CARD-1 step 3: without the phone code the gateway refuses the card
        driver.findElement(By.id("pgForm:pay")).click();
        WebMessages.waitForText(wait, By.id("pgForm"), "휴대폰 인증번호가 맞지 않거나 만료되었습니다.");
        driver.findElement(By.id("pgForm:cardNumber")).sendKeys("4000-0000-0100-0001");
        driver.findElement(By.id("pgForm:mobile")).sendKeys("01055554444");
        driver.findElement(By.id("pgForm:sendCode")).click();
        WebMessages.waitForText(wait, By.id("pgForm"), "인증번호를 보냈습니다");
        driver.findElement(By.id("pgForm:phoneCode")).sendKeys(smsCode("01055554444"));
        driver.findElement(By.id("pgForm:pay")).click();
        wait.until(ExpectedConditions.urlContains("/portal/card.xhtml"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentCard"))).getText())
                .isEqualTo("VISA ****0001");
        assertThat(driver.findElement(By.id("cardNotice")).getText()).isEqualTo("VISA ****0001 카드를 등록했습니다.");
        assertThat(driver.getPageSource()).doesNotContain("4000000001000001").doesNotContain("4000-0000-0100-0001");
    }

    /**
     * NB-CARD-1, NB-USE-1, NB-CYC-1, NB-PAY-1: a partner store registers a corporate card (business number,
     * phone check on the gateway's page), sees last month's usage per day, and after staff move the clock
     * to the 5th of next month and run the cycle, sees this month's bill paid by that card.
     */
    @Test
    void aStoreRegistersACardSeesItsUsageAndAfterTheCycleItsPaymentStatus() {
        login(DemoData.PARTNER_LOGIN, DemoData.PARTNER_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/portal/partner/index.xhtml"));
        assertThat(driver.findElement(By.id("cardMissing")).getText()).contains("등록된 결제카드가 없습니다");
        driver.findElement(By.id("toCard")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("cardForm:all"))).click();
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("#cardForm\\:t4 .ui-chkbox-box"), "class", "ui-state-active"));
        driver.findElement(By.id("cardForm:open")).click();
        wait.until(ExpectedConditions.urlContains("/sandbox-pg/card.xhtml"));
        driver.findElement(By.cssSelector("label[for='pgForm:corporate:1']")).click(); // corporate: business number
        driver.findElement(By.id("pgForm:cardNumber")).sendKeys("4000-0000-0100-0001");
        driver.findElement(By.id("pgForm:expiryMonth")).sendKeys("12");
        driver.findElement(By.id("pgForm:expiryYear")).sendKeys("2099");
        driver.findElement(By.id("pgForm:owner")).sendKeys("220-81-62517");
        driver.findElement(By.id("pgForm:mobile")).sendKeys("01066667777");
        driver.findElement(By.id("pgForm:sendCode")).click();
        WebMessages.waitForText(wait, By.id("pgForm"), "인증번호를 보냈습니다");
        driver.findElement(By.id("pgForm:phoneCode")).sendKeys(smsCode("01066667777"));
        driver.findElement(By.id("pgForm:pay")).click();
        wait.until(ExpectedConditions.urlContains("/portal/card.xhtml"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentCard"))).getText())
                .isEqualTo("VISA ****0001");

        // NB-USE-1: last month's usage per day, with its totals
        java.time.YearMonth thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Seoul"));
        driver.findElement(By.id("nav-usage")).click();
        wait.until(d -> { // pick last month (again, should the menu's ajax request have been lost)
            if (d.findElement(By.id("usageForm:month_panel")).isDisplayed()) {
                // left open by a click that missed (the list opened before the page had settled, under the
                // top bar): close it, and the next try opens it where the menu is now
                d.findElement(By.id("usageForm:month")).click();
                return false;
            }
            d.findElement(By.id("usageForm:month")).click();
            try {
                new WebDriverWait(d, Duration.ofSeconds(4)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                        "#usageForm\\:month_items li[data-label='" + thisMonth.minusMonths(1) + "']"))).click();
            } catch (org.openqa.selenium.TimeoutException e) {
                return false;
            }
            return WebMessages.appeared(d, By.id("usageForm:days"), thisMonth.minusMonths(1).atDay(1).toString());
        });
        assertThat(won(driver.findElement(By.cssSelector(".usage-total-delivered")).getText())).isPositive();
        shot("store-usage");
        driver.findElement(By.id("userbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));

        // staff move the clock to the 5th of next month and run collect, notify and charge for this month
        login(DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")),
                thisMonth.plusMonths(1).atDay(5));
        try {
            WebElement spinner = driver.findElement(By.id("clockForm:days_input"));
            spinner.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(days));
            driver.findElement(By.id("clockForm:advance")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clockForm:now"),
                    thisMonth.plusMonths(1).atDay(5).toString()));
            driver.findElement(By.id("nav-usage")).click();
            wait.until(ExpectedConditions.urlContains("/admin/usage.xhtml"));
            for (String[] step : new String[][] {{"collect", "usage-collection"}, {"notify", "usage-bill-notice"},
                    {"charge", "usage-charge"}}) {
                // each step needs the one before to have completed: press again until its job starts
                wait.until(d -> {
                    d.findElement(By.id("usageAdmin:" + step[0])).click();
                    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
                    return WebMessages.appeared(d, By.id("growl_container"), step[1] + " " + thisMonth + " 실행을 시작했습니다");
                });
            }
            wait.until(d -> {
                d.findElement(By.id("usageAdmin:find")).click();
                return d.findElement(By.id("usageAdmin:bills")).getText().contains("카드 결제 완료");
            });
            shot("staff-usage-cycle");
            driver.findElement(By.id("userbar:logout")).click();
            wait.until(ExpectedConditions.urlContains("/login.xhtml"));

            // NB-PAY-1: the store sees this month's bill paid by its card, and downloads it as Excel
            login(DemoData.PARTNER_LOGIN, DemoData.PARTNER_PASSWORD);
            wait.until(ExpectedConditions.urlContains("/portal/partner/index.xhtml"));
            driver.findElement(By.id("nav-usage-payments")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paymentsForm:bills")));
            String table = driver.findElement(By.id("paymentsForm:bills")).getText();
            assertThat(table).contains(thisMonth.toString()).contains("카드 결제 완료");
            shot("store-payments");
            byte[] xlsx = io.restassured.RestAssured.given()
                    .cookie("BIZBILL_SESSION", driver.manage().getCookieNamed("BIZBILL_SESSION").getValue())
                    .get(base + "/portal/partner/payments.xlsx").then().statusCode(200).extract().asByteArray();
            long total;
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                var row = wb.getSheetAt(0).getRow(1);
                // issue 17 §5: the month is a date cell shown as yyyy-mm, not text
                assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(thisMonth.atDay(1));
                assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm");
                assertThat(row.getCell(7).getStringCellValue()).isEqualTo("카드 결제 완료");
                total = (long) row.getCell(6).getNumericCellValue();
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            // the bill as PDF: Korean title, the store's name and the total in won
            String href = driver.findElement(By.cssSelector("a.usage-bill-pdf")).getAttribute("href");
            byte[] pdf = io.restassured.RestAssured.given()
                    .cookie("BIZBILL_SESSION", driver.manage().getCookieNamed("BIZBILL_SESSION").getValue())
                    .get(href).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            try {
                com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
                String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
                reader.close();
                assertThat(text).contains("알림톡 이용요금 청구서").contains("데모 분식 강남점")
                        .contains(String.format("%,d원", total)).contains("카드 결제 완료");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        } finally {
            resetClock();
        }
    }

    /**
     * NB-USE-1: staff import a usage file of messages sent elsewhere; a file with a wrong row imports nothing
     * and shows that row, the corrected file is imported, and uploading it again adds nothing.
     */
    @Test
    void staffImportAUsageFileAllOrNothingAndOnce() throws Exception {
        login(DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        driver.get(base + "/admin/store-usage.xhtml");
        // the store list is read from the hidden select; look again until it is there (seen missing under load)
        String store = new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> "no demo store among " + driver.findElements(
                        By.cssSelector("select[id='storeForm:store_input'] option")).stream()
                        .map(o -> o.getAttribute("textContent")).toList() + " on " + driver.getCurrentUrl())
                .until(d -> d.findElements(By.cssSelector("select[id='storeForm:store_input'] option")).stream()
                        .filter(o -> String.valueOf(o.getAttribute("textContent")).contains("데모 분식 강남점"))
                        .map(o -> o.getAttribute("value")).findFirst().orElse(null));
        driver.get(base + "/admin/usage.xhtml");
        driver.findElement(By.id("usageAdmin:toImport")).click();
        wait.until(ExpectedConditions.urlContains("/admin/usage-import.xhtml"));
        String id = "EXT-UI-" + java.util.UUID.randomUUID();
        String csv = "가맹점 ID,메시지 ID,유형,발송일시,성공 여부\n" + store + "," + id + "-1,알림톡,2024-01-10 09:00,Y\n"
                + store + "," + id + "-2,팩스,2024-01-10 09:01,Y\n";
        java.nio.file.Path file = Files.createTempFile("usage", ".csv");
        Files.writeString(file, csv);
        driver.findElement(By.id("uploadForm:file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("uploadForm:send")).click();
        WebMessages.waitForText(wait, By.id("uploadForm:messages"), "2건 중 1건이 잘못되어 아무것도 가져오지 않았습니다");
        assertThat(driver.findElement(By.id("result")).getText()).contains(id + "-2").contains("type");

        Files.writeString(file, csv.replace("팩스", "LMS"));
        for (String expected : new String[] {"2건 중 2건을 새로 넣었고, 0건은", "2건 중 0건을 새로 넣었고, 2건은"}) {
            driver.findElement(By.id("uploadForm:file")).sendKeys(file.toAbsolutePath().toString());
            driver.findElement(By.id("uploadForm:send")).click();
            WebMessages.waitForText(wait, By.id("uploadForm:messages"), expected);
        }
        shot("staff-usage-import");
        Files.deleteIfExists(file);
    }

    /** Puts the demo clock back (in a fresh browser session as staff), whatever the test left. */
    private void resetClock() {
        driver.manage().deleteAllCookies();
        login(DemoData.STAFF_LOGIN, DemoData.STAFF_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        driver.findElement(By.id("clockForm:reset")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clockForm:now"),
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString()));
    }

    @Test
    void aWrongSmsCodeIsRefusedWithAMessage() {
        login(DemoData.SUB_MEMBER_LOGIN, DemoData.SUB_MEMBER_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/login-code.xhtml"));
        driver.findElement(By.id("codeForm:code")).sendKeys("12345");
        driver.findElement(By.id("codeForm:verify")).click();
        WebMessages.waitForText(wait, By.id("codeForm"), "인증번호가 맞지 않거나 만료되었습니다.");
        assertThat(driver.getCurrentUrl()).contains("/login-code.xhtml");
    }

    @Test
    void logoutEndsTheSession() {
        login(DemoData.CUSTOMER_LOGIN, DemoData.CUSTOMER_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/portal/index.xhtml"));
        driver.findElement(By.id("userbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertThat(driver.findElement(By.id("login:loggedOut")).getText()).isEqualTo("로그아웃되었습니다.");
        driver.get(base + "/portal/index.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }
}
