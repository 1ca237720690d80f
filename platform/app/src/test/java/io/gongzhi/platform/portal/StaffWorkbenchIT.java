package io.gongzhi.platform.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.identity.control.DemoIdentities;
import io.gongzhi.platform.testsupport.Browser;
import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.Http;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The staff workbench in a real browser: the staff member a resident's report lands with signs in
 * on a phone, finds it flagged in the queue, takes it and settles it; staff of another tenant do
 * not see it; English replaces every label; nothing is wider than 360 px; a register import shows
 * its errors by line, and a clean one completes with its progress bar full.
 */
@ExtendWith(ArquillianExtension.class)
class StaffWorkbenchIT {

    static final String T = "shuangluan";
    static final String CASES = "api/t/" + T + "/cases";
    static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.platform();
    }

    Http as(String tenant, String user) {
        return new Http(base).asDemo(tenant, user);
    }

    /** The demo staff's units; the demo seed makes them, this only makes sure (a second time is 409). */
    @BeforeEach
    void demoUnits() {
        Http admin = as(T, "district-admin");
        String u = "api/t/" + T + "/units";
        admin.post(u, unit("demo-street", "street", "演示街道", null));
        admin.post(u, unit("demo-community", "community", "演示社区", DemoIdentities.STREET));
        admin.post(u, unit("demo-grid", "grid", "演示网格", DemoIdentities.COMMUNITY));
        assertEquals(
                1,
                new Http(base).get(u + "?under=" + DemoIdentities.GRID).json().getInt("total"));
    }

    static String unit(String code, String level, String name, String parent) {
        return "{\"code\":\"" + code + "\",\"level\":\"" + level + "\",\"nameZh\":\"" + name + "\""
                + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + ",\"validFrom\":\"2000-01-01\"}";
    }

    /** A resident's report of illegal parking in the demo grid, supervised by the command centre. */
    JsonObject supervisedReport() {
        Http.Answer made = as(T, "resident")
                .post(
                        CASES,
                        "{\"category\":\"illegal-parking\",\"description\":\"楼下有车堵住消防通道\",\"unit\":\""
                                + DemoIdentities.GRID + "\"}",
                        "Idempotency-Key",
                        "staff-" + UUID.randomUUID());
        assertEquals(201, made.status(), made.body());
        JsonObject c = made.json();
        Http.Answer supervised = as(T, "command-centre")
                .post(CASES + "/" + c.getString("id") + "/supervise", "{\"version\":" + c.getInt("version") + "}");
        assertEquals(200, supervised.status(), supervised.body());
        return supervised.json();
    }

    /** The role that handles a case at its tier, by the tenant's model. */
    String handlerRole(JsonObject c) {
        return new Http(base)
                .get("api/t/" + T + "/model").json().getJsonArray("tiers").getValuesAs(JsonObject.class).stream()
                        .filter(x -> x.getString("code").equals(c.getString("tier")))
                        .findFirst()
                        .orElseThrow()
                        .getString("handlerRole");
    }

    /**
     * A phone: the window of {@link Browser#phone}, and its viewport held at 360 CSS pixels (headless
     * Chromium keeps windows at least 500 pixels wide).
     */
    Browser phone() {
        Browser b = Browser.phone(base);
        b.driver()
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        return b;
    }

    static void signIn(Browser b, String path, String role) {
        b.open(path);
        b.click(By.cssSelector("[data-demo-user='" + role + "']"));
        b.waitFor(By.cssSelector("nav.tabs a[aria-current='page']"));
    }

    /** Waits until a list has loaded (its pager shows); an error on the page fails the test with its text. */
    static void waitLoaded(Browser b) {
        b.waitFor(By.cssSelector("main .pager, main .notice.error"));
        List<String> errors = b.all(By.cssSelector("main .notice.error")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(List.of(), errors, "no error on the page");
    }

    /** The page's labels (headings, labels, buttons, table heads, tabs, badges), not its data. */
    static List<String> labels(Browser b) {
        return b
                .all(By.cssSelector(
                        "h2, h3, label, button:not([data-action=lang]), dt, th, nav.tabs a, .badge, .pager span"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    static void assertEnglish(Browser b) {
        List<String> chinese =
                labels(b).stream().filter(s -> CHINESE.matcher(s).find()).toList();
        assertEquals(List.of(), chinese, "no Chinese label in English");
    }

    @Test
    void theHandlerTakesAndSettlesAFlaggedCaseOnAPhoneInEitherLanguage() {
        JsonObject c = supervisedReport();
        String id = c.getString("id");
        String role = handlerRole(c);
        assertEquals(DemoIdentities.GRID, c.getString("handlerUnit"), c.toString());
        try (Browser b = phone()) {
            signIn(b, "t/" + T + "/staff/", role);
            By row = By.cssSelector("li[data-case-id='" + id + "']");
            WebElement li = b.waitFor(row);
            assertFalse(
                    li.findElements(By.cssSelector("[data-flag=supervised]")).isEmpty(), "flagged as supervised");
            assertFalse(b.overflowsSideways(), "the queue fits 360 px");
            b.screenshot("staff-queue");

            b.click(By.cssSelector("li[data-case-id='" + id + "'] a"));
            b.waitFor(By.cssSelector("section[data-state=DISPATCHED] [data-action-name=take]"));
            assertFalse(b.overflowsSideways(), "the case fits 360 px");
            b.screenshot("staff-case");
            b.click(By.cssSelector("[data-action-name=take]"));
            b.waitFor(By.cssSelector("section[data-state=IN_PROGRESS] [data-action-name=resolve]"));
            b.type(By.id("case-note"), "已劝离车主，通道畅通");
            b.click(By.cssSelector("[data-action-name=resolve]"));
            b.waitFor(By.cssSelector("section[data-state=RESOLVED]"));
            b.waitForText(By.cssSelector("ol.history"), "已劝离车主");
            JsonObject after = as(T, role).get(CASES + "/" + id).json();
            assertEquals("RESOLVED", after.getString("state"));

            b.click(By.cssSelector("header.bar [data-action=lang]"));
            b.waitForText(By.id("case-history-title"), "History");
            assertEnglish(b);
            b.open("t/" + T + "/staff/#/residents");
            b.waitFor(By.cssSelector("#register-title"));
            waitLoaded(b);
            assertEnglish(b);
            assertFalse(b.overflowsSideways(), "a register fits 360 px (its table scrolls inside)");
            b.open("t/" + T + "/staff/#/queue");
            waitLoaded(b);
            assertEnglish(b);
        }
    }

    @Test
    void aDistrictAdministratorReadsEveryRegisterOnAPhone() {
        as(T, "district-admin")
                .post(
                        "api/t/" + T + "/facilities",
                        "{\"name\":\"演示党群服务中心\",\"unit\":\"" + DemoIdentities.COMMUNITY
                                + "\",\"office\":120,\"activity\":260,\"households\":1500}");
        try (Browser b = phone()) {
            signIn(b, "t/" + T + "/staff/", "district-admin");
            for (String view : List.of("units", "residents", "organisations", "facilities", "duties")) {
                b.open("t/" + T + "/staff/#/" + view);
                b.waitFor(By.cssSelector("nav.tabs a[aria-current=page][href='#/" + view + "']"));
                waitLoaded(b);
                assertFalse(b.overflowsSideways(), view + " fits 360 px");
                if (view.equals("facilities")) {
                    b.waitFor(By.id("compliance-title"));
                    assertFalse(
                            b.all(By.cssSelector("#compliance-title ~ ul .badge.bad"))
                                    .isEmpty(),
                            "a site short of 400 m²");
                }
            }
        }
    }

    @Test
    void staffOfAnotherTenantDoNotSeeTheCase() {
        String id = supervisedReport().getString("id");
        try (Browser b = phone()) {
            signIn(b, "t/jianye/staff/", "grid-worker");
            waitLoaded(b);
            assertTrue(b.all(By.cssSelector("[data-case-id='" + id + "']")).isEmpty());
            b.open("t/jianye/staff/#/case/" + id);
            b.waitFor(By.cssSelector("main .notice.error"));
            assertTrue(b.all(By.cssSelector("[data-action-name]")).isEmpty());
        }
        assertEquals(
                404, as("jianye", "grid-worker").get("api/t/jianye/cases/" + id).status());
    }

    @Test
    void anImportShowsItsErrorsByLineAndACleanOneCompletes() throws IOException {
        String g = DemoIdentities.GRID;
        Path bad = sheet("name,idNumber,phone,unit\n孙丽,110105196502140020,13800001111," + g + "\n周伟,12345,13800001112,"
                + g + "\n");
        Path good = sheet("name,idNumber,phone,unit\n孙丽,110105196502140020,13800001111," + g
                + "\n周伟,110105197003070018,13800001112," + g + "\n");
        try (Browser b = phone()) {
            signIn(b, "t/" + T + "/staff/#/residents", "grid-worker");
            WebElement file = b.waitFor(By.id("import-residents"));
            file.sendKeys(bad.toString());
            b.click(By.cssSelector("form.import button[type=submit]"));
            WebElement error = b.waitFor(By.cssSelector("form.import ol.errors li"));
            assertTrue(error.getText().startsWith("第 3 行"), "the error names line 3: " + error.getText());
            assertEquals(1, b.all(By.cssSelector("form.import ol.errors li")).size());

            b.driver().findElement(By.id("import-residents")).sendKeys(good.toString());
            b.click(By.cssSelector("form.import button[type=submit]"));
            b.waitFor(By.cssSelector("form.import .notice.ok"), Duration.ofSeconds(60));
            assertEquals(
                    "100",
                    b.driver()
                            .findElement(By.cssSelector("form.import progress"))
                            .getDomProperty("value"));
            assertTrue(b.all(By.cssSelector("form.import ol.errors li")).isEmpty());
            assertEquals(360L, b.script("return window.innerWidth;"));
            assertFalse(b.overflowsSideways());
            b.script("document.querySelector('form.import').scrollIntoView();");
            b.screenshot("staff-import");
        }
        assertEquals(
                2,
                as(T, "grid-worker")
                        .get("api/t/" + T + "/residents?under=" + g)
                        .json()
                        .getInt("total"));
    }

    static Path sheet(String csv) throws IOException {
        Path p = Files.createTempFile("staff-import", ".csv");
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        p.toFile().deleteOnExit();
        return p;
    }
}
