package io.gongzhi.platform.imports.boundary;

import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.imports.control.ImportRunner;
import io.gongzhi.platform.imports.entity.ImportJob;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Where a background import stands; for the person who started it and district admins. */
@Path("t/{tenant}/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    @Inject
    ImportRunner runner;

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    /** A job as shown: counts while it runs, then the result or every error by line. */
    public record JobView(
            String id,
            String kind,
            String state,
            int rowsTotal,
            int rowsDone,
            int percent,
            String result,
            List<String> errors,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {

        public static JobView of(ImportJob j) {
            boolean refused = j.state() == ImportJob.State.REFUSED;
            return new JobView(
                    j.id(),
                    j.kind(),
                    j.state().name(),
                    j.rowsTotal(),
                    j.rowsDone(),
                    j.percent(),
                    refused ? null : j.outcome(),
                    refused && j.outcome() != null ? List.of(j.outcome().split("\n")) : List.of(),
                    j.startedAt(),
                    j.finishedAt());
        }
    }

    @GET
    @Path("{id}")
    // everyone who may import some register (street staff: organisations and facilities); an
    // import is seen by whoever started it, and by district admins
    @Allow({Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER})
    @Operation(summary = "An import's state, progress (rows done, percent) and outcome")
    public JobView get(@PathParam("id") String id) {
        ImportJob j = runner.jobs()
                .find(tenant.get().id(), id)
                .orElseThrow(() -> ProblemException.notFound("no-such-import", id));
        Identity me = caller.require();
        if (!me.has(Role.DISTRICT_ADMIN) && !me.subject().equals(j.ownerSubject())) {
            throw ProblemException.notFound("no-such-import", id);
        }
        return JobView.of(j);
    }
}
