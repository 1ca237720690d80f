package io.gongzhi.platform.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.identity.control.KeycloakAdmin;
import io.gongzhi.platform.testsupport.Browser;
import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.Forgery;
import io.gongzhi.platform.testsupport.Http;
import io.gongzhi.platform.testsupport.KeycloakServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;

/**
 * The citizens' portal signing a resident in through the tenant's own Keycloak realm, in a real
 * browser: the authorization code flow with PKCE (S256) from the page, Keycloak's login form, back
 * on the portal signed in, the API used with the token the browser got (and that token refused on
 * another tenant's path), the session refreshed with the refresh token.
 *
 * <p>The redirect URI: the provisioner registers {@code <gongzhi.public-url>t/<tenant>/*} for the
 * portal, the public URL being the platform's fixed address in production. Here the container
 * listens on a random port that is known only after deployment, while the realms are provisioned
 * at the platform's start, from the configuration the deployment carries. So the test checks that
 * the provisioner registered the entry for the configured public URL and then puts in its place
 * the entry the provisioner would have made had the public URL been the deployed base URL (by a loopback name, see {@link #loopback()}) (through
 * the admin API, nothing else of the realm touched). (Not the tenant's host instead: for a host the
 * provisioner registers {@code http://<host>:*}, which let Keycloak redirect back to the page on
 * the random port, but the browser's token request then failed, the code left in the address; by
 * Keycloak's source no web origin is derived from a wildcard port, so CORS is the likely cause. A
 * fixed port per test class is not available either: the suite's one Payara Micro container
 * configuration picks a random port.)
 */
@ExtendWith(ArquillianExtension.class)
class PortalKeycloakIT {

    static final String T = "gamma"; // not KeycloakIT's alpha and beta: the test run shares one Keycloak
    static final String OTHER = "delta";
    static final String REALM = "gov-" + T;
    static final String USER = "wang";
    static final String PASSWORD = "pw-wang-1";
    static final Duration KEYCLOAK = Duration.ofSeconds(30);
    static final String CONFIGURED_PUBLIC_URL = "http://localhost:8080/";

    static KeycloakServer kc;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        kc = KeycloakServer.start();
        return Deployments.withKeycloak(kc, T, OTHER, "gongzhi.public-url=" + CONFIGURED_PUBLIC_URL);
    }

    /**
     * The deployed base URL by the name {@code localhost}: the container reports an address of the
     * machine's network, where a page on plain HTTP is no secure context and so has no Web Crypto
     * for the PKCE challenge; on a loopback name it has (in production the portal is on HTTPS).
     */
    URL loopback() throws Exception {
        return URI.create("http://localhost:" + base.getPort() + "/").toURL();
    }

    /**
     * Puts the portal's redirect URI for the deployed base URL in place of the one provisioned for
     * the configured public URL: {@code <public url>t/<tenant>/*}, as the provisioner makes it.
     */
    void registerTheDeployedBaseUrl() throws Exception {
        JsonObject portal = kc.admin()
                .send("GET", "/" + REALM + "/clients?clientId=portal", null)
                .json()
                .asJsonArray()
                .getJsonObject(0);
        List<String> uris = portal.getJsonArray("redirectUris").getValuesAs(JsonString::getString);
        String provisioned = CONFIGURED_PUBLIC_URL + "t/" + T + "/*";
        assertTrue(uris.contains(provisioned), "provisioned for the public URL: " + uris);
        String deployed = loopback() + "t/" + T + "/*";
        var replaced = Json.createArrayBuilder();
        uris.stream().map(u -> u.equals(provisioned) ? deployed : u).forEach(replaced::add);
        KeycloakAdmin.expect(
                kc.admin()
                        .send(
                                "PUT",
                                "/" + REALM + "/clients/" + portal.getString("id"),
                                Json.createObjectBuilder(portal)
                                        .add("redirectUris", replaced)
                                        .build()),
                "register the deployed base URL");
    }

    @Test
    void aResidentSignsInThroughTheRealmAndUsesTheApiWithThatTokenOnlyOnItsTenant() throws Exception {
        kc.user(REALM, USER, PASSWORD, "resident");
        registerTheDeployedBaseUrl();
        JsonObject identity = new Http(base).get("api/t/" + T).json().getJsonObject("identity");
        assertFalse(identity.getBoolean("development"), "production mode: the realm signs in, not the dev issuer");

        try (Browser b = Browser.phone(loopback())) {
            b.open("t/" + T + "/#/report");
            b.click(By.xpath("//main//button[normalize-space()='通过本区统一身份认证登录']"));

            waitOrExplain(b, "Keycloak's login form", d -> !d.findElements(By.id("username"))
                    .isEmpty());
            String authorize = b.driver().getCurrentUrl();
            assertTrue(
                    authorize.startsWith(identity.getString("issuer") + "/protocol/openid-connect/auth?"),
                    "the tenant's realm asks for the password: " + authorize);
            assertTrue(authorize.contains("client_id=portal"), authorize);
            assertTrue(authorize.contains("code_challenge_method=S256"), "PKCE with S256: " + authorize);
            b.screenshot("portal-keycloak-login");
            b.type(By.id("username"), USER);
            b.type(By.id("password"), PASSWORD);
            b.click(By.id("kc-login"));

            waitOrExplain(b, "signed in", d -> !d.findElement(By.cssSelector("header.bar .who"))
                    .getText()
                    .isBlank());
            assertEquals(
                    "Test " + USER,
                    b.waitFor(By.cssSelector("header.bar .who")).getText(),
                    "the header names the signed-in resident");
            String back = b.driver().getCurrentUrl();
            assertTrue(back.startsWith(loopback() + "t/" + T + "/"), "back on the portal: " + back);
            assertFalse(back.contains("code="), "the code is gone from the address: " + back);

            b.click(By.cssSelector("nav.tabs a[data-route=report]"));
            b.waitForText(By.cssSelector("main .view"), "本区的治理模式尚未启用");
            assertTrue(
                    b.all(By.xpath("//main//button[normalize-space()='通过本区统一身份认证登录']"))
                            .isEmpty(),
                    "signed in: the report view asks for no sign-in (this tenant has no governance model)");

            b.click(By.cssSelector("nav.tabs a[data-route=mine]"));
            b.waitForText(By.cssSelector("main .view h2"), "我的诉求（0 件）");
            b.screenshot("portal-keycloak-signed-in");

            String token = session(b).getString("token");
            JsonObject claims = Forgery.decode(token.split("\\.")[1]);
            assertEquals("portal", claims.getString("azp"), "issued to the portal client");
            assertEquals(identity.getString("issuer"), claims.getString("iss"));
            Http api = new Http(base).as(token);
            Http.Answer me = api.get("api/t/" + T + "/me");
            assertEquals(200, me.status(), me.body());
            assertTrue(me.body().contains(USER), me.body());
            assertEquals(200, api.get("api/t/" + T + "/cases/mine?limit=50").status());
            assertEquals(401, api.get("api/t/" + OTHER + "/me").status(), "the token is its own tenant's only");
            assertEquals(401, api.get("api/t/" + OTHER + "/cases/mine?limit=50").status());

            // the access token about to run out: the page refreshes it at the realm and goes on
            b.script("const k = 'gongzhi.session." + REALM + "';"
                    + " const s = JSON.parse(localStorage.getItem(k)); s.expires = Date.now();"
                    + " localStorage.setItem(k, JSON.stringify(s));");
            b.click(By.cssSelector("nav.tabs a[data-route=report]"));
            b.click(By.cssSelector("nav.tabs a[data-route=mine]"));
            b.waitForText(By.cssSelector("main .view h2"), "我的诉求（0 件）");
            b.wait(Duration.ofSeconds(10)).until(d -> !token.equals(session(b).getString("token")));
            String refreshed = session(b).getString("token");
            assertNotEquals(token, refreshed);
            assertEquals(
                    200, new Http(base).as(refreshed).get("api/t/" + T + "/me").status(), "the refreshed token works");
        }
    }

    /** Waits for {@code condition}; if it never holds, says where the browser is and what the page says. */
    static void waitOrExplain(Browser b, String what, Function<WebDriver, Boolean> condition) {
        try {
            b.wait(KEYCLOAK).until(condition);
        } catch (TimeoutException e) {
            b.screenshot("portal-keycloak-failed");
            throw new AssertionError(
                    "not " + what + ": at " + b.driver().getCurrentUrl() + ", the page says: "
                            + b.driver().findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    /** The session the portal keeps for the realm in the browser's local storage. */
    static JsonObject session(Browser b) {
        Object stored = b.script("return localStorage.getItem('gongzhi.session." + REALM + "');");
        assertTrue(stored instanceof String, "a session is stored: " + stored);
        try (var r = Json.createReader(new StringReader((String) stored))) {
            JsonObject s = r.readObject();
            assertTrue(s.get("refresh") instanceof JsonString, "with a refresh token: " + s);
            return s;
        }
    }
}
