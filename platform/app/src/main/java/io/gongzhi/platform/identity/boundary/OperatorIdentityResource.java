package io.gongzhi.platform.identity.boundary;

import io.gongzhi.platform.identity.control.RealmProvisioner;
import io.gongzhi.platform.identity.control.Realms;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where operators sign in, for the operator console: the operator realm, its issuer, the console's
 * public client (authorization code with PKCE) and whether the issuer is the development one. The
 * same shape as a tenant profile's {@code identity}; public, like the tenants' profiles.
 */
@Path("operator/identity")
@Produces(MediaType.APPLICATION_JSON)
@Allow(anyone = true)
public class OperatorIdentityResource {

    @Inject
    Realms realms;

    /** The operator realm's sign-in facts. */
    public record OperatorIdentity(String realm, String issuer, String client, boolean development) {}

    @GET
    @Operation(summary = "Where operators sign in: realm, issuer, the console's client, development issuer or not")
    public OperatorIdentity identity() {
        String realm = realms.operatorRealm();
        return new OperatorIdentity(
                realm,
                realms.issuer(realm),
                RealmProvisioner.CONSOLE_CLIENT,
                realms.devIssuer().isPresent());
    }
}
