package io.gongzhi.platform.identity.boundary;

import io.gongzhi.platform.identity.control.DevIssuer;
import io.gongzhi.platform.identity.control.Realms;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.problem.control.Messages;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.platform.tenancy.control.TenantRegistry;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The development issuer's endpoints, in development mode only (404 otherwise):
 *
 * <ul>
 *   <li>{@code POST /dev/token} with {@code {"realm": "<tenant id or operator>", "user": "<demo
 *       user>"}} answers {@code {"access_token": "..."}} for a demo user. Tenant realms have one
 *       demo user per tenant role, named after it ({@code resident}, {@code grid-worker}, ...); the
 *       operator realm has {@code operator}.
 *   <li>{@code GET /dev/realms/{realm}/protocol/openid-connect/certs}: the issuer's JWKS, where
 *       Keycloak publishes a realm's, so clients can verify as they would in production.
 * </ul>
 */
@WebServlet("/dev/*")
public class DevIssuerServlet extends HttpServlet {

    private static final String OPERATOR = "operator";
    private static final int MAX_BODY = 4096;

    @Inject
    Realms realms;

    @Inject
    TenantRegistry registry;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<DevIssuer> dev = realms.devIssuer();
        if (dev.isEmpty() || !"/token".equals(req.getPathInfo())) {
            problem(req, resp, 404, "no-such-resource");
            return;
        }
        JsonObject body;
        try (InputStream in = req.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                problem(req, resp, 413, "body-too-large", MAX_BODY);
                return;
            }
            try (JsonReader r =
                    Json.createReader(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
                body = r.readObject();
            }
        } catch (JsonException | IllegalStateException e) {
            problem(req, resp, 400, "unreadable-body");
            return;
        }
        String realmParam = body.getString("realm", "");
        String user = body.getString("user", "");
        if (realmParam.isEmpty()) {
            problem(req, resp, 400, "field-required", "realm");
            return;
        }
        String token;
        if (realmParam.equals(OPERATOR)) {
            if (!user.equals(DevIssuer.OPERATOR_USER)) {
                problem(req, resp, 400, "unknown-demo-user", OPERATOR, user, DevIssuer.OPERATOR_USER);
                return;
            }
            String realm = realms.operatorRealm();
            token = dev.get().issue(realms.issuer(realm), realm, user, List.of(Role.OPERATOR.realmName()));
        } else {
            Optional<Tenant> tenant = registry.find(realmParam);
            if (tenant.isEmpty()) {
                problem(req, resp, 404, "unknown-tenant", realmParam);
                return;
            }
            if (!DevIssuer.TENANT_USERS.contains(user)) {
                problem(
                        req,
                        resp,
                        400,
                        "unknown-demo-user",
                        realmParam,
                        user,
                        String.join(", ", DevIssuer.TENANT_USERS));
                return;
            }
            String realm = tenant.get().realm();
            token = dev.get().issue(realms.issuer(realm), realm, user, List.of(user));
        }
        json(
                resp,
                200,
                Json.createObjectBuilder()
                        .add("access_token", token)
                        .add("token_type", "Bearer")
                        .add("expires_in", 8 * 3600)
                        .build()
                        .toString());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<DevIssuer> dev = realms.devIssuer();
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (dev.isEmpty() || !path.matches("/realms/[A-Za-z0-9_-]+/protocol/openid-connect/certs")) {
            problem(req, resp, 404, "no-such-resource");
            return;
        }
        json(resp, 200, dev.get().jwks().toString());
    }

    private static void json(HttpServletResponse resp, int status, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write(body);
    }

    private static void problem(
            HttpServletRequest req, HttpServletResponse resp, int status, String key, Object... args)
            throws IOException {
        Locale locale = Messages.choose(
                req.getHeader("Accept-Language") == null ? List.of() : java.util.Collections.list(req.getLocales()));
        String body = Json.createObjectBuilder()
                .add("type", "urn:gongzhi:problem:" + key)
                .add("title", Messages.text(locale, "problem." + key + ".title"))
                .add("status", status)
                .add("detail", Messages.text(locale, "problem." + key + ".detail", args))
                .add("instance", req.getRequestURI())
                .build()
                .toString();
        resp.setStatus(status);
        resp.setContentType("application/problem+json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Content-Language", locale.toLanguageTag());
        resp.getWriter().write(body);
    }
}
