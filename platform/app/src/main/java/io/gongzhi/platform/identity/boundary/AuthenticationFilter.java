package io.gongzhi.platform.identity.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.identity.control.Assignments;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.identity.control.Jwt;
import io.gongzhi.platform.identity.control.Realms;
import io.gongzhi.platform.identity.control.TokenRefusedException;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.platform.tenancy.control.TenantRegistry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Verifies the bearer token of a request against the one realm the request belongs to: the
 * tenant's realm under {@code /api/t/{tenant}}, the operator realm under {@code /api/operator}. A
 * token that fails any check ends the request with 401 (the reason goes to the log and the audit
 * trail, never to the client). No token: the caller stays anonymous and {@link Allow} decides.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    /** Request property: the audit log of this request (a tenant id or the operator log). */
    public static final String AUDIT_LOG = "gongzhi.audit-log";

    /** Request property: why the token was refused. */
    public static final String REFUSAL = "gongzhi.token-refusal";

    private static final Logger LOG = Logger.getLogger(AuthenticationFilter.class.getName());

    @Inject
    Realms realms;

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    Assignments assignments;

    @Inject
    TenantRegistry registry;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean operator = isOperatorPath(request.getUriInfo().getPath());
        if (operator) {
            request.setProperty(AUDIT_LOG, AuditLog.OPERATOR_LOG);
        } else if (tenant.isSet()) {
            request.setProperty(AUDIT_LOG, tenant.get().id());
        } else {
            return; // the public directory: nothing there depends on who asks
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        try {
            String token = bearer(header);
            if (operator) {
                caller.signIn(operatorOrTenant(token), java.util.List::of);
            } else {
                String tenantId = tenant.get().id();
                Identity id = realms.verifyTenant(token, tenant.get().realm());
                caller.signIn(id, () -> assignments.of(tenantId, id.subject()));
            }
        } catch (TokenRefusedException e) {
            request.setProperty(REFUSAL, e.reason());
            LOG.warning(() -> "token refused on " + request.getMethod() + " "
                    + request.getUriInfo().getPath() + ": " + e.getMessage());
            throw new ProblemException(401, "invalid-token");
        }
    }

    /**
     * On operator paths, a token of the operator realm, or else a valid token of a tenant's realm:
     * that caller is known but holds no operator role, so {@link Allow} answers 403, not 401. The
     * unverified issuer only picks the realm to verify against; it is then checked like any claim.
     */
    private Identity operatorOrTenant(String token) {
        String issuer = Jwt.parse(token).claims().getString("iss", "");
        if (issuer.equals(realms.issuer(realms.operatorRealm()))) {
            return realms.verifyOperator(token);
        }
        Tenant home = registry.all().stream()
                .filter(t -> t.active() && realms.issuer(t.realm()).equals(issuer))
                .findFirst()
                .orElseThrow(() -> new TokenRefusedException("issuer", "unknown issuer " + issuer));
        return realms.verifyTenant(token, home.realm());
    }

    static boolean isOperatorPath(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("operator") || p.startsWith("operator/");
    }

    private static String bearer(String header) {
        if (header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new TokenRefusedException("scheme", "not a bearer token");
        }
        return header.substring(7).strip();
    }
}
