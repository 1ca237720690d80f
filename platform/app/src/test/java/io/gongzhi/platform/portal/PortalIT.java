package io.gongzhi.platform.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.testsupport.Browser;
import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.Http;
import io.gongzhi.platform.testsupport.PhotoCorpus;
import io.gongzhi.platform.testsupport.TestPlugins;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The citizens' portal in a real browser (Debian's headless Chromium): a resident reports with a
 * photo, the grid worker settles it in the staff workbench, the resident confirms and rates it and
 * the district's dashboard counts the closure; two tenants' portals are their own; a report made
 * offline is kept and sent once; the English switch changes every label; nothing is wider than a
 * 360 px phone.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    static final String T = "shuangluan";
    static final String GRID = "demo-street/demo-community/demo-grid";
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    private static void signIn(Browser b, String role) {
        b.click(By.cssSelector("[data-demo-user='" + role + "']"));
        b.waitFor(By.cssSelector("header.bar .who"));
        b.wait(Duration.ofSeconds(20)).until(d -> !d.findElement(By.cssSelector("header.bar .who"))
                .getText()
                .isBlank());
    }

    /** Fills the report form (category, the demo grid, a description, photos) and submits it. */
    private static void report(Browser b, String description, Path... photos) {
        fill(b, description, photos);
        b.click(By.id("submit-report"));
    }

    private static void fill(Browser b, String description, Path... photos) {
        new Select(b.waitFor(By.id("category"))).selectByValue("illegal-parking");
        new Select(b.waitFor(By.id("place-community"))).selectByValue("demo-street/demo-community");
        b.wait(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("place-grid")).isEnabled());
        new Select(b.waitFor(By.id("place-grid"))).selectByValue(GRID);
        b.type(By.id("description"), description);
        for (Path p : photos) {
            b.driver().findElement(By.id("photos")).sendKeys(p.toAbsolutePath().toString());
        }
    }

    private static String caseIdOnPage(Browser b) {
        return b.waitFor(By.cssSelector("[data-case-id]")).getAttribute("data-case-id");
    }

    private int closedOnDashboard(Browser admin) {
        admin.open("t/" + T + "/staff/#/dashboard");
        admin.driver().navigate().refresh(); // a second visit of the same address must read anew
        WebElement figure = admin.waitFor(By.cssSelector("[data-figure='closed']"), Duration.ofSeconds(30));
        admin.wait(Duration.ofSeconds(20)).until(d -> d.findElement(By.cssSelector("[data-figure='closed']"))
                .getText()
                .matches(".*\\d.*"));
        return Integer.parseInt(figure.getText().replaceAll("\\D", ""));
    }

    @Test
    void aResidentReportsTheGridWorkerSettlesTheResidentRatesAndTheDashboardCounts() throws Exception {
        Path photo = Files.createTempFile(Path.of("target").toAbsolutePath(), "street-", ".jpg");
        Files.write(photo, PhotoCorpus.jpegWithExif());
        try (Browser resident = Browser.phone(base);
                Browser worker = Browser.phone(base);
                Browser admin = Browser.desktop(base)) {
            admin.open("t/" + T + "/staff/");
            signIn(admin, "district-admin");
            int closedBefore = closedOnDashboard(admin);

            resident.open("t/" + T + "/#/report");
            signIn(resident, "resident");
            resident.open("t/" + T + "/#/report");
            resident.waitFor(By.id("category"));
            resident.screenshot("portal-report");
            assertFalse(resident.overflowsSideways(), "the report form fits a 360 px phone");
            report(resident, "小区门口车辆占用消防通道", photo);
            String id = caseIdOnPage(resident);
            resident.waitFor(By.cssSelector(".photos img"));
            resident.screenshot("portal-case");

            Http api = new Http(base).asDemo(T, "resident");
            JsonObject made = api.get("api/t/" + T + "/cases/" + id).json();
            assertEquals(GRID, made.getString("handlerUnit"), "a resident's report is the grid's first");
            assertEquals(
                    1,
                    api.get("api/t/" + T + "/cases/" + id + "/photos").array().size(),
                    "the photo came along");

            worker.open("t/" + T + "/staff/");
            signIn(worker, "grid-worker");
            worker.open("t/" + T + "/staff/#/queue");
            worker.waitFor(By.cssSelector("[data-case-id='" + id + "']"));
            worker.screenshot("staff-queue-grid-worker");
            worker.click(By.cssSelector("[data-case-id='" + id + "'] a"));
            worker.click(By.cssSelector("section[data-state=DISPATCHED] [data-action-name='take']"));
            worker.waitFor(By.cssSelector("section[data-state=IN_PROGRESS] [data-action-name='resolve']"));
            worker.type(By.id("case-note"), "已劝离车主，消防通道畅通");
            worker.click(By.cssSelector("[data-action-name='resolve']"));
            worker.wait(Duration.ofSeconds(20)).until(d -> "RESOLVED"
                    .equals(api.get("api/t/" + T + "/cases/" + id).json().getString("state")));

            resident.open("t/" + T + "/#/case/" + id);
            resident.driver().navigate().refresh(); // the same address: only a reload shows the news
            resident.click(By.id("confirm-settled"));
            resident.click(By.cssSelector("#rate-form input[name='rating'][value='5']"));
            resident.type(By.id("rating-comment"), "很快就处理了");
            resident.click(By.cssSelector("#rate-form button[type='submit']"));
            resident.waitForText(By.cssSelector("main"), "感谢您的评价");
            JsonObject rated = api.get("api/t/" + T + "/cases/" + id).json();
            assertEquals("CLOSED", rated.getString("state"));
            assertEquals(5, rated.getInt("rating"));

            assertEquals(closedBefore + 1, closedOnDashboard(admin), "the dashboard counts the closure");
            admin.screenshot("staff-dashboard");
        }
    }

    @Test
    void twoTenantsPortalsAreTheirOwnAndOneResidentCannotOpenTheOthersCase() throws Exception {
        Http operator = new Http(base).asDemo("operator", "operator");
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "portal-jars-");
        Path jar = TestPlugins.build(dir, "jianye", "1.0.0", TestPlugins.Router.ANSWERS);
        assertEquals(
                201,
                operator.send(HttpRequest.newBuilder(operator.base().resolve("api/operator/plugins"))
                                .header("Content-Type", "application/java-archive")
                                .POST(HttpRequest.BodyPublishers.ofFile(jar)))
                        .status());
        Http slResident = new Http(base).asDemo(T, "resident");
        String slCase = slResident
                .post(
                        "api/t/" + T + "/cases",
                        "{\"category\":\"dispute\",\"description\":\"邻里噪音纠纷\",\"unit\":\"" + GRID + "\"}",
                        "Idempotency-Key",
                        "portal-it-isolation-1")
                .json()
                .getString("id");
        try (Browser sl = Browser.phone(base);
                Browser jy = Browser.phone(base)) {
            sl.open("t/" + T + "/");
            jy.open("t/jianye/");
            assertEquals(
                    "承德市双滦区",
                    sl.waitForText(By.cssSelector("h1[data-tenant-name]"), "双滦").getText());
            assertEquals(
                    "南京市建邺区",
                    jy.waitForText(By.cssSelector("h1[data-tenant-name]"), "建邺").getText());
            assertEquals("rgb(22, 101, 52)", headerColour(sl), "Shuangluan's primary colour #166534");
            assertEquals("rgb(155, 28, 28)", headerColour(jy), "Jianye's primary colour #9b1c1c");
            sl.screenshot("portal-home-shuangluan");
            jy.screenshot("portal-home-jianye");

            jy.open("t/jianye/#/report");
            signIn(jy, "resident");
            jy.open("t/jianye/#/report");
            List<String> jyCategories = options(jy);
            sl.open("t/" + T + "/#/report");
            signIn(sl, "resident");
            sl.open("t/" + T + "/#/report");
            List<String> slCategories = options(sl);
            assertTrue(slCategories.contains("违法停车"), slCategories.toString());
            assertTrue(jyCategories.contains("parking(中)"), jyCategories.toString());
            assertFalse(jyCategories.contains("违法停车"), "Jianye lists its own plugin's categories");

            jy.open("t/jianye/#/case/" + slCase);
            jy.waitFor(By.cssSelector("[role='alert']"));
            assertTrue(jy.all(By.cssSelector("[data-case-id]")).isEmpty(), "Shuangluan's case does not open in Jianye");
            sl.open("t/" + T + "/#/case/" + slCase);
            assertEquals(slCase, caseIdOnPage(sl));
        }
    }

    private static String headerColour(Browser b) {
        b.wait(Duration.ofSeconds(20)).until(d -> !((String)
                        b.script("return getComputedStyle(document.documentElement).getPropertyValue('--primary')"))
                .isBlank());
        return (String) b.script("return getComputedStyle(document.querySelector('header.bar')).backgroundColor");
    }

    private static List<String> options(Browser b) {
        b.wait(Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("#category option")).size() > 1);
        return b.all(By.cssSelector("#category option")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void aReportMadeOfflineIsKeptAndSentOnceTheNetworkReturns() {
        Http api = new Http(base).asDemo(T, "grid-worker");
        long before = api.get("api/t/" + T + "/cases/mine?limit=1")
                .json()
                .getJsonNumber("total")
                .longValue();
        try (Browser phone = Browser.phone(base)) {
            phone.open("t/" + T + "/#/report");
            signIn(phone, "grid-worker");
            phone.open("t/" + T + "/#/report");
            phone.waitFor(By.id("category"));
            fill(phone, "巡查发现：楼道堆放杂物（离线）");
            phone.offline(true); // coverage drops as the grid worker presses submit
            phone.click(By.id("submit-report"));
            try {
                phone.waitForText(By.id("report-status"), "已保存在本机");
            } catch (RuntimeException e) {
                phone.screenshot("failed-offline-report");
                System.out.println("PAGE "
                        + phone.script(
                                "return document.querySelector('main').outerHTML + ' online=' + navigator.onLine"));
                phone.driver().manage().logs().get("browser").forEach(l -> System.out.println("CONSOLE " + l));
                throw e;
            }
            phone.waitFor(By.cssSelector("[data-drafts='1']"));
            phone.screenshot("portal-offline-draft");
            assertEquals(
                    before,
                    api.get("api/t/" + T + "/cases/mine?limit=1")
                            .json()
                            .getJsonNumber("total")
                            .longValue(),
                    "nothing reached the platform while offline");

            phone.offline(false);
            phone.script("window.dispatchEvent(new Event('online'))");
            phone.wait(Duration.ofSeconds(30))
                    .until(d -> d.findElements(By.cssSelector("[data-drafts]")).isEmpty());
            // a second nudge must not send it again
            phone.script("window.dispatchEvent(new Event('online'))");
            phone.click(By.cssSelector("nav a[data-route='mine']"));
            phone.waitForText(By.cssSelector("main"), "楼道堆放杂物");
        }
        JsonObject mine = api.get("api/t/" + T + "/cases/mine?limit=50").json();
        assertEquals(before + 1, mine.getJsonNumber("total").longValue(), "sent exactly once");
    }

    @Test
    void theEnglishSwitchChangesEveryLabel() {
        try (Browser phone = Browser.phone(base)) {
            phone.open("t/" + T + "/#/report");
            signIn(phone, "resident");
            phone.open("t/" + T + "/#/report");
            phone.waitFor(By.id("category"));
            phone.click(By.cssSelector("header.bar [data-action='lang']"));
            phone.waitForText(By.cssSelector("nav.tabs"), "Report");
            phone.waitForText(By.cssSelector("main h2"), "Report a problem");
            for (String route : List.of("#/", "#/report", "#/mine", "#/notices")) {
                phone.open("t/" + T + "/" + route);
                phone.waitFor(By.cssSelector("main > *:not(p[data-i18n='loading'])"));
                phone.wait(Duration.ofSeconds(10))
                        .until(d -> d.findElements(By.cssSelector("main p[data-i18n='loading']"))
                                .isEmpty());
                List<String> chinese = labels(phone).stream()
                        .filter(s -> HAN.matcher(s).find())
                        .toList();
                assertEquals(List.of(), chinese, "labels left in Chinese on " + route);
                assertFalse(phone.overflowsSideways(), route + " fits a 360 px phone");
            }
            phone.screenshot("portal-english");
        }
    }

    /** The visible text of labels, headings, buttons, links and options (not data such as names). */
    private static List<String> labels(Browser b) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>)
                b.script(
                        """
                const out = [];
                for (const e of document.querySelectorAll('label, legend, h2, h3, button, nav a, th, dt, .muted, option[value=""], .notice')) {
                  if (e.closest('[data-tenant-name], [data-content], [data-action=lang]') || e.offsetParent === null && e.tagName !== 'OPTION') continue;
                  if (e.matches('.muted') && e.closest('li, article, dd')) continue;
                  const own = [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join(' ').trim();
                  if (own) out.push(own);
                }
                return out;""");
        return texts;
    }
}
