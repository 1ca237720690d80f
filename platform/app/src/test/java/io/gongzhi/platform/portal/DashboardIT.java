package io.gongzhi.platform.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.identity.control.DemoIdentities;
import io.gongzhi.platform.testsupport.Browser;
import io.gongzhi.platform.testsupport.DemoPlaces;
import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.Http;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The staff dashboard in a real browser, over cases made through the API: a district admin of
 * Shuangluan sees the closures made there (and not those of another district on the same plugin),
 * the charts, the ranking's minimum rule and the period in words, in Chinese and in English, and
 * nothing wider than a phone.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    static final String T = "shuangluan";
    static final String OTHER = "dashville";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String PAGE = "t/" + T + "/staff/#/dashboard";

    /** Chinese characters or full-width punctuation in the text of the elements a script returns. */
    static final String CHINESE_IN = "return [...document.querySelectorAll(arguments[0])].map(e => e.innerText)"
            + ".join('\\n').match(/[\\u3400-\\u9fff\\uff01-\\uff5e]+/g);";

    /** The titles, legends and axis names of every chart on the page. */
    static final String CHART_TEXT = "return [...document.querySelectorAll('[data-chart]')].map(e => {"
            + " const o = echarts.getInstanceByDom(e).getOption();"
            + " return [o.title[0].text, ...o.legend[0].data, ...o.xAxis.map(a => a.name || ''),"
            + " ...o.yAxis.map(a => a.name || '')].join(' '); }).join(' | ');";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.platform();
    }

    Http as(String tenant, String user) {
        return new Http(base).asDemo(tenant, user);
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    JsonObject indicators(String tenant) {
        return indicators(tenant, 5);
    }

    JsonObject indicators(String tenant, int minimum) {
        Http.Answer a = as(tenant, "district-admin")
                .get("api/t/" + tenant + "/cases/indicators?from=" + today().minusDays(29) + "&to="
                        + today().plusDays(1) + "&minimum=" + minimum);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    void demoUnits(String tenant) {
        DemoPlaces.importInto(as(tenant, "district-admin"), tenant);
    }

    JsonObject report(String tenant) {
        Http.Answer a = as(tenant, "resident")
                .post(
                        "api/t/" + tenant + "/cases",
                        "{\"category\":\"illegal-parking\",\"description\":\"消防通道被占用\",\"unit\":\""
                                + DemoIdentities.GRID + "\"}",
                        "Idempotency-Key",
                        "k-" + UUID.randomUUID());
        assertEquals(201, a.status(), a.body());
        return a.json();
    }

    /** Takes, resolves and closes a case, each step by the role its actions name. */
    void closeThroughTheApi(String tenant, JsonObject c) {
        JsonObject now = act(tenant, "grid-worker", c, "take");
        now = act(tenant, "grid-worker", now, "resolve");
        now = act(tenant, "community-staff", now, "close");
        assertEquals("CLOSED", now.getString("state"));
    }

    JsonObject act(String tenant, String user, JsonObject c, String action) {
        Http.Answer a = as(tenant, user)
                .post(
                        "api/t/" + tenant + "/cases/" + c.getString("id") + "/" + action,
                        "{\"version\":" + c.getJsonNumber("version").longValue() + ",\"note\":\"已处理：" + action + "\"}");
        assertEquals(200, a.status(), action + " by " + user + ": " + a.body());
        return a.json();
    }

    void anotherDistrictOnTheSamePlugin() {
        Http.Answer created = as("operator", "operator")
                .post(
                        "api/operator/tenants",
                        """
                        {"id": "dashville", "names": {"zh": "看板区", "en": "Dashville"}, "kind": "district",
                         "branding": {"primary": "#123456", "accent": "#654321"}, "locale": "zh-CN",
                         "plugin": {"id": "shuangluan", "version": ">=1.0.0"},
                         "identity": {"realm": "gov-dashville"}}""");
        assertEquals(201, created.status(), created.body());
        demoUnits(OTHER);
        // the demo staff's units are assigned at start-up; a district made since needs its admin to
        assign(OTHER, "grid-worker", DemoIdentities.GRID);
        assign(OTHER, "community-staff", DemoIdentities.COMMUNITY);
    }

    void assign(String tenant, String user, String unit) {
        String subject = as(tenant, user).get("api/t/" + tenant + "/me").json().getString("subject");
        Http.Answer a = as(tenant, "district-admin")
                .post(
                        "api/t/" + tenant + "/assignments",
                        "{\"subject\":\"" + subject + "\",\"username\":\"" + user + "\",\"role\":\"" + user
                                + "\",\"unit\":\"" + unit + "\"}");
        assertEquals(201, a.status(), a.body());
    }

    @Test
    void aDistrictAdminSeesItsOwnClosuresChartsRankingAndPeriodInBothLanguages() {
        demoUnits(T);
        anotherDistrictOnTheSamePlugin();
        JsonObject before = indicators(T).getJsonObject("all");
        for (int i = 0; i < 3; i++) {
            JsonObject c = report(T);
            if (i < 2) {
                closeThroughTheApi(T, c);
            }
        }
        closeThroughTheApi(OTHER, report(OTHER));
        JsonObject after = indicators(T);
        int closed = after.getJsonObject("all").getInt("closed");
        assertEquals(before.getInt("closed") + 2, closed, "the two closed here, not the one in " + OTHER);
        assertEquals(before.getInt("reported") + 3, after.getJsonObject("all").getInt("reported"));
        assertEquals(1, indicators(OTHER).getJsonObject("all").getInt("closed"), "the other district's own");

        try (Browser b = Browser.desktop(base)) {
            b.open(PAGE);
            b.click(By.cssSelector("[data-demo-user=district-admin]"));
            assertEquals(
                    String.valueOf(closed),
                    b.waitFor(By.cssSelector("[data-figure=closed]")).getText());
            assertEquals(
                    String.valueOf(after.getJsonObject("all").getInt("reported")),
                    b.waitFor(By.cssSelector("[data-figure=reported]")).getText());
            b.wait(Duration.ofSeconds(20))
                    .until(d -> b.all(By.cssSelector("[data-chart] canvas")).size() >= 4);
            String window = b.waitFor(By.cssSelector("[data-window]")).getText();
            assertTrue(
                    window.contains(today().minusDays(29) + " 至 " + today()) && window.contains("Asia/Shanghai"),
                    window);
            assertTrue(b.waitFor(By.cssSelector("[data-rule]")).getText().contains("少于 5 件"));
            JsonObject ranking = after.getJsonObject("ranking");
            assertEquals(
                    ranking.getJsonArray("ranked").size(),
                    b.all(By.cssSelector("[data-ranking] tbody tr")).size());
            if (!ranking.getJsonArray("notRanked").isEmpty()) {
                assertTrue(
                        b.waitFor(By.cssSelector("[data-not-ranked]")).getText().contains("不参与排名：案件少于 5 件"));
            }
            b.type(By.id("dashboard-minimum"), "2");
            b.click(By.cssSelector("form.period button[type=submit]"));
            b.waitForText(By.cssSelector("[data-rule]"), "少于 2 件");
            assertEquals(
                    indicators(T, 2)
                            .getJsonObject("ranking")
                            .getJsonArray("ranked")
                            .size(),
                    b.all(By.cssSelector("[data-ranking] tbody tr")).size(),
                    "with a lower minimum the units with 2 cases or more are ranked");
            assertEquals(
                    String.valueOf(closed),
                    b.waitFor(By.cssSelector("[data-figure=closed]")).getText());
            b.driver().manage().window().setSize(new Dimension(1280, 2400));
            b.wait(Duration.ofSeconds(20))
                    .until(d -> b.all(By.cssSelector("[data-chart] canvas")).size() >= 4);
            b.screenshot("dashboard");
            b.driver().manage().window().setSize(new Dimension(1280, 900));

            b.click(By.cssSelector("header.bar [data-action=lang]"));
            b.waitForText(By.cssSelector(".dashboard h2"), "Governance dashboard");
            assertEquals(
                    "Period: " + today().minusDays(29) + " to " + today() + ", Asia/Shanghai",
                    b.waitFor(By.cssSelector("[data-window]")).getText());
            assertNull(
                    b.script(
                            CHINESE_IN,
                            ".dashboard :is(label, th[scope=col], h2, h3, h4, .figures .label, button, option[value=''])"),
                    "every label in English");
            b.wait(Duration.ofSeconds(20))
                    .until(d -> b.all(By.cssSelector("[data-chart] canvas")).size() >= 4);
            String charts = (String) b.script(CHART_TEXT);
            assertTrue(charts.contains("Cases over time") && charts.contains("Reported"), charts);
            assertFalse(charts.matches("(?s).*[\\u3400-\\u9fff].*"), "chart titles, legends and axes: " + charts);
            assertEquals(
                    String.valueOf(closed),
                    b.waitFor(By.cssSelector("[data-figure=closed]")).getText());
        }
    }

    @Test
    void theDashboardFitsAPhone() {
        try (Browser b = Browser.phone(base)) {
            b.open(PAGE);
            b.click(By.cssSelector("[data-demo-user=district-admin]"));
            b.waitFor(By.cssSelector("[data-figure=closed]"));
            b.wait(Duration.ofSeconds(20))
                    .until(d -> b.all(By.cssSelector("[data-chart] canvas")).size() >= 4);
            assertFalse(b.overflowsSideways(), "no sideways scrolling at 360 px");
            Number chart =
                    (Number) b.script("return document.querySelector('[data-chart]').getBoundingClientRect().width;");
            assertTrue(chart.doubleValue() > 280, "charts take the width: " + chart);
        }
    }
}
