package io.gongzhi.platform.identity.boundary;

import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in caller as the platform sees them. */
@Path("t/{tenant}/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    CurrentTenant tenant;

    /** The caller's identity, roles and where they act. */
    public record Me(
            String tenant,
            String realm,
            String subject,
            String username,
            String name,
            List<String> roles,
            List<AssignmentView> assignments) {}

    /** A role at a unit. */
    public record AssignmentView(String role, String unit) {}

    @GET
    @Allow(signedIn = true)
    @Operation(summary = "The caller: subject id, names, platform roles and the org units they act in")
    public Me me() {
        Identity id = caller.require();
        return new Me(
                tenant.get().id(),
                id.realm(),
                id.subject(),
                id.username(),
                id.name(),
                id.roles().stream().sorted().map(Role::realmName).toList(),
                caller.assignments().stream()
                        .map(a -> new AssignmentView(a.role().realmName(), a.unit()))
                        .toList());
    }
}
