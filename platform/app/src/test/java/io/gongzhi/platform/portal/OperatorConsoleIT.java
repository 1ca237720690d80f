package io.gongzhi.platform.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.testsupport.Browser;
import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.Http;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The operator console in a real browser: the demo operator signs in, sees the districts and the
 * Shuangluan plugin started, creates a district from the form and suspends it (its public profile
 * is then gone), and every label switches to English. (That a district's token is refused on the
 * operator API is AccessIT's.)
 */
@ExtendWith(ArquillianExtension.class)
class OperatorConsoleIT {

    static final List<String> DEMO_TENANTS = List.of("shuangluan", "jianye", "dujiangyan", "miyi", "wuhan");

    /** Any Chinese character in the visible text of the page's main part, header and tabs. */
    static final String CHINESE_LEFT =
            "return [...document.querySelectorAll('header.bar h1, header.bar [data-action=signout], nav.tabs, main')]"
                    + ".map(e => e.innerText).join('\\n').match(/[\\u3400-\\u9fff\\uff01-\\uff5e]+/g);";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.platform();
    }

    static Browser signedIn(Browser b) {
        b.open("operator/");
        b.click(By.cssSelector("[data-demo-user=operator]"));
        b.waitFor(By.cssSelector("[data-tenant=shuangluan]"));
        return b;
    }

    @Test
    void theOperatorSeesTheDistrictsCreatesOneAndSuspendsIt() throws IOException {
        try (Browser b = signedIn(Browser.desktop(base))) {
            for (String id : DEMO_TENANTS) {
                assertEquals(
                        "active",
                        b.waitFor(By.cssSelector("[data-tenant=" + id + "]")).getAttribute("data-status"),
                        id);
            }
            b.type(By.id("tenant-id"), "xinqu");
            b.type(By.id("tenant-name-zh"), "新区");
            b.type(By.id("tenant-name-en"), "Xinqu New Area");
            b.type(By.id("tenant-hosts"), "xinqu.localhost");
            b.type(By.id("tenant-plugin"), "shuangluan");
            b.click(By.cssSelector("[data-form=create-tenant] button[type=submit]"));
            b.waitFor(By.cssSelector("[data-tenant=xinqu][data-status=active]"));
            b.waitForText(By.cssSelector("[data-status=tenants]"), "新区");
            Http anon = new Http(base);
            Http.Answer profile = anon.get("api/t/xinqu");
            assertEquals(200, profile.status(), profile.body());
            assertEquals("gov-xinqu", profile.json().getJsonObject("identity").getString("realm"));
            assertEquals("Xinqu New Area", profile.json().getJsonObject("names").getString("en"));

            b.type(By.id("tenant-id"), "xinqu");
            b.type(By.id("tenant-name-zh"), "新区");
            b.type(By.id("tenant-name-en"), "Again");
            b.type(By.id("tenant-plugin"), "shuangluan");
            b.click(By.cssSelector("[data-form=create-tenant] button[type=submit]"));
            assertTrue(
                    b.waitFor(By.cssSelector("[data-status=create] .notice.error"))
                            .getText()
                            .contains("xinqu"),
                    "the problem's message, not a status code");

            b.click(By.cssSelector("[data-tenant=xinqu] [data-action=suspend]"));
            b.waitFor(By.cssSelector("[data-tenant=xinqu][data-status=suspended]"));
            assertEquals(404, anon.get("api/t/xinqu").status(), "a suspended district's profile is gone");
            b.script(
                    "arguments[0].scrollIntoView({block: 'center'});",
                    b.waitFor(By.cssSelector("[data-tenant=xinqu]")));
            b.screenshot("operator-tenants");

            b.click(By.cssSelector("nav.tabs a[data-view=plugins]"));
            b.waitFor(By.cssSelector("[data-plugin=shuangluan][data-state=STARTED]"));
            b.screenshot("operator-plugins");
            b.click(By.cssSelector("[data-plugin=shuangluan] [data-action=disable]"));
            b.waitForText(By.cssSelector("[data-status=plugins]"), "shuangluan");
            b.click(By.cssSelector("[data-plugin=shuangluan] [data-action=enable]"));
            b.waitForText(By.cssSelector("[data-status=plugins] .notice.ok"), "shuangluan");

            Path notAJar = Files.writeString(Files.createTempFile("not-a-plugin", ".jar"), "not a jar");
            b.waitFor(By.id("plugin-jar")).sendKeys(notAJar.toAbsolutePath().toString());
            b.click(By.cssSelector("[data-form=upload-plugin] button[type=submit]"));
            assertTrue(
                    b.waitFor(By.cssSelector("[data-status=upload] .notice.error"))
                            .getText()
                            .contains("jar"),
                    "the refusal's message");
            Files.delete(notAJar);
        }
    }

    @Test
    void everyLabelSwitchesToEnglishAndNothingOverflowsAPhone() {
        try (Browser b = signedIn(Browser.phone(base))) {
            assertFalse(b.overflowsSideways(), "districts at 360 px");
            b.click(By.cssSelector("header.bar [data-action=lang]"));
            b.waitForText(By.cssSelector("header.bar h1"), "Operator console");
            b.waitForText(By.cssSelector("[data-tenant=shuangluan]"), "Shuangluan");
            assertEquals(null, b.script(CHINESE_LEFT), "districts in English");
            assertEquals(
                    "Create the district",
                    b.waitFor(By.cssSelector("[data-form=create-tenant] button"))
                            .getText());
            assertFalse(b.overflowsSideways());
            b.click(By.cssSelector("nav.tabs a[data-view=plugins]"));
            b.waitFor(By.cssSelector("[data-plugin=shuangluan]"));
            assertEquals(null, b.script(CHINESE_LEFT), "plugins in English");
            assertFalse(b.overflowsSideways(), "plugins at 360 px");
            b.click(By.cssSelector("header.bar [data-action=lang]"));
            b.waitForText(By.cssSelector("header.bar h1"), "平台运维控制台");
            b.waitForText(By.cssSelector("[data-form=upload-plugin] h2"), "安装或升级插件");
        }
    }
}
