package io.gongzhi.platform.identity.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records every refused token (401 with a token) and every denial (403) of a tenant or operator
 * request in that audit log, with who, what and why. A request without any token that is told to
 * sign in is not recorded: it is not an attempt on anything.
 */
@Provider
public class DenialAudit implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(DenialAudit.class.getName());

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        Object log = request.getProperty(AuthenticationFilter.AUDIT_LOG);
        Object refusal = request.getProperty(AuthenticationFilter.REFUSAL);
        if (log == null || !(status == 403 || (status == 401 && refusal != null))) {
            return;
        }
        Optional<Identity> who = caller.identity();
        String target = request.getMethod() + " /api/" + request.getUriInfo().getPath();
        String detail = status == 401
                ? "token refused: " + refusal
                : "roles " + who.map(Identity::roles).orElse(null);
        try {
            audit.record(
                    log.toString(),
                    new AuditLog.Entry(
                            who.map(Identity::subject).orElse(null),
                            who.map(Identity::username).orElse("anonymous"),
                            status == 401 ? "auth.refused" : "access.denied",
                            target,
                            AuditLog.DENIED,
                            detail));
        } catch (RuntimeException e) {
            // the denial stands either way; AuditLog already logged the failure at SEVERE
            LOG.log(Level.FINE, "denial not audited", e);
        }
    }
}
