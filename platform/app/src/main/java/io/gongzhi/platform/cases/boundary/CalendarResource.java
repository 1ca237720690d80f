package io.gongzhi.platform.cases.boundary;

import io.gongzhi.platform.audit.control.AuditLog;
import io.gongzhi.platform.cases.control.Calendars;
import io.gongzhi.platform.cases.entity.WorkDay;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Role;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The district's working calendar, which time limits count in: the days that depart from the
 * week's rule (public holidays on weekdays, adjusted working days on weekends), kept by district
 * administrators as the State Council announces them each year.
 */
@Path("t/{tenant}/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    TenantTransactions tx;

    @Inject
    AuditLog audit;

    public record DayView(LocalDate day, String kind, String name) {
        static DayView of(WorkDay d) {
            return new DayView(d.day(), d.kind().name(), d.name());
        }
    }

    /** A day's kind ({@code HOLIDAY} or {@code WORKDAY}) and its name (国庆节, 国庆节调休…). */
    public record DayInput(String kind, String name) {}

    /** When a time limit would run out if it started now (or at {@code from}). */
    public record DueView(ZonedDateTime from, ZonedDateTime due) {}

    @GET
    @Allow(anyone = true)
    @Operation(summary = "The days of a year that depart from Monday-to-Friday (default: this year)")
    public List<DayView> days(@QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now(zone()).getYear() : year;
        return tx.call(em -> em.createQuery(
                        "select d from WorkDay d where d.day >= :from and d.day < :to order by d.day", WorkDay.class)
                .setParameter("from", LocalDate.of(y, 1, 1))
                .setParameter("to", LocalDate.of(y + 1, 1, 1))
                .getResultStream()
                .map(DayView::of)
                .toList());
    }

    @GET
    @Path("due")
    @Allow(anyone = true)
    @Operation(summary = "When a limit (e.g. amount=3&unit=WORKING_DAYS) starting now, or at from, runs out")
    public DueView due(
            @QueryParam("amount") int amount, @QueryParam("unit") String unit, @QueryParam("from") String from) {
        io.gongzhi.spi.model.TimeLimit.Unit u;
        try {
            u = io.gongzhi.spi.model.TimeLimit.Unit.valueOf(unit == null ? "" : unit);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    400, "field-format", "unit", "WORKING_HOURS | WORKING_DAYS | CALENDAR_HOURS | CALENDAR_DAYS");
        }
        if (amount < 0 || amount > 1000) {
            throw new ProblemException(400, "field-format", "amount", "0-1000");
        }
        ZonedDateTime start;
        try {
            start = from == null
                    ? ZonedDateTime.now(zone())
                    : java.time.LocalDateTime.parse(from).atZone(zone());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemException(400, "field-format", "from", "yyyy-mm-ddThh:mm");
        }
        ZonedDateTime s = start;
        return tx.call(
                em -> new DueView(s, Calendars.of(em, zone()).due(s, new io.gongzhi.spi.model.TimeLimit(amount, u))));
    }

    @PUT
    @Path("{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(Role.DISTRICT_ADMIN)
    @Operation(summary = "Make a day a holiday or an adjusted working day (an existing entry is replaced)")
    public DayView set(@PathParam("day") LocalDate day, DayInput in) {
        if (in == null || in.kind() == null) {
            throw new ProblemException(400, "field-required", "kind");
        }
        WorkDay.Kind kind;
        try {
            kind = WorkDay.Kind.valueOf(in.kind());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "field-format", "kind", "HOLIDAY | WORKDAY");
        }
        String name =
                in.name() == null || in.name().isBlank() ? null : in.name().strip();
        if (name != null && name.length() > 100) {
            throw new ProblemException(400, "field-too-long", "name", 100);
        }
        DayView v = tx.call(em -> {
            remove(em, day);
            WorkDay d = new WorkDay(day, kind, name);
            em.persist(d);
            em.flush();
            return DayView.of(d);
        });
        audit.done(tenant.get().id(), caller.require(), "calendar.set", day.toString(), kind + " " + name);
        return v;
    }

    @DELETE
    @Path("{day}")
    @Allow(Role.DISTRICT_ADMIN)
    @Operation(summary = "Return a day to the week's rule")
    public Response unset(@PathParam("day") LocalDate day) {
        int n = tx.call(em -> remove(em, day));
        if (n == 0) {
            throw ProblemException.notFound("no-such-resource");
        }
        audit.done(tenant.get().id(), caller.require(), "calendar.unset", day.toString(), null);
        return Response.noContent().build();
    }

    private static int remove(jakarta.persistence.EntityManager em, LocalDate day) {
        return em.createQuery("delete from WorkDay d where d.day = :d")
                .setParameter("d", day)
                .executeUpdate();
    }

    private ZoneId zone() {
        return ZoneId.of(tenant.get().timezone());
    }
}
