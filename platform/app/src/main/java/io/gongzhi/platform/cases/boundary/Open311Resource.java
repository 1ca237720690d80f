package io.gongzhi.platform.cases.boundary;

import io.gongzhi.platform.cases.control.CaseIntake;
import io.gongzhi.platform.cases.control.CaseRouting;
import io.gongzhi.platform.cases.entity.CaseEvent;
import io.gongzhi.platform.cases.entity.CaseFile;
import io.gongzhi.platform.cases.entity.CaseState;
import io.gongzhi.platform.identity.boundary.Allow;
import io.gongzhi.platform.identity.control.Caller;
import io.gongzhi.platform.identity.control.Identity;
import io.gongzhi.platform.persistence.control.Records;
import io.gongzhi.platform.problem.control.ProblemException;
import io.gongzhi.platform.tenancy.control.CurrentTenant;
import io.gongzhi.platform.tenancy.control.Tenant;
import io.gongzhi.platform.tenancy.control.TenantTransactions;
import io.gongzhi.spi.model.CaseCategory;
import io.gongzhi.spi.model.GovernanceModel;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Open311 GeoReport v2 for each tenant, so existing Open311 clients and tools work: discovery,
 * services (the plugin's case categories), service requests (list with the standard filters, one,
 * and a new one), each as {@code .json} or {@code .xml}. A new request needs the platform's bearer
 * token in place of an {@code api_key}; an identical request by the same person is the same case
 * (its idempotency key is the request's hash), and the {@code Idempotency-Key} header is honoured.
 * Requests carry no personal data of their reporters.
 */
@Path("t/{tenant}/open311/v2")
public class Open311Resource {

    static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static final int MAX_REQUESTS = 1000;

    @Inject
    CurrentTenant tenant;

    @Inject
    Caller caller;

    @Inject
    TenantTransactions tx;

    @Inject
    CaseRouting routing;

    @Inject
    CaseIntake intake;

    @GET
    @Path("discovery.{format}")
    @Allow(anyone = true)
    @Operation(summary = "Open311 discovery: where this tenant's GeoReport v2 endpoint is")
    public Response discovery(@PathParam("format") String format) {
        Tenant t = tenant.get();
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", "/api/t/" + t.id() + "/open311/v2");
        endpoint.put("changeset", "2026-11-26T00:00:00Z");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("application/json", "text/xml"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changeset", "2026-11-26T00:00:00Z");
        d.put("contact", t.nameZh() + " / " + t.nameEn());
        d.put("key_service", "Bearer token of the tenant's identity realm in place of api_key");
        d.put("endpoints", List.of(endpoint));
        return answer(format, "discovery", d, "endpoint");
    }

    @GET
    @Path("services.{format}")
    @Allow(anyone = true)
    @Operation(summary = "Open311 services: the tenant's case categories")
    public Response services(@PathParam("format") String format) {
        GovernanceModel m = routing.model(tenant.get());
        List<Map<String, Object>> out = new ArrayList<>();
        for (CaseCategory c : m.categories()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service_code", c.code());
            s.put("service_name", c.name().zh() + " / " + c.name().en());
            s.put("description", c.name().zh());
            s.put("metadata", false);
            s.put("type", "realtime");
            s.put("keywords", c.code());
            s.put("group", c.firstTier());
            out.add(s);
        }
        return answer(format, "services", out, "service");
    }

    @GET
    @Path("requests.{format}")
    @Allow(anyone = true)
    @Operation(
            summary = "Open311 service requests: by service_request_id (comma-separated) or filtered by service_code, "
                    + "start_date, end_date and status (open, closed), newest first, at most 1000")
    public Response requests(
            @PathParam("format") String format,
            @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String serviceCode,
            @QueryParam("start_date") String startDate,
            @QueryParam("end_date") String endDate,
            @QueryParam("status") String status) {
        OffsetDateTime start = date("start_date", startDate);
        OffsetDateTime end = date("end_date", endDate);
        if (status != null && !status.equals("open") && !status.equals("closed")) {
            throw new ProblemException(400, "field-format", "status", "open | closed");
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (ids != null) {
            where.append(" and c.id in :ids");
        }
        if (serviceCode != null) {
            where.append(" and c.category = :code");
        }
        if (start != null) {
            where.append(" and c.reportedAt >= :start");
        }
        if (end != null) {
            where.append(" and c.reportedAt <= :end");
        }
        if (status != null) {
            where.append(status.equals("open") ? " and c.state <> :closed" : " and c.state = :closed");
        }
        List<Map<String, Object>> out = tx.call(em -> {
            var q = em.createQuery("select c from CaseFile c" + where + " order by c.reportedAt desc", CaseFile.class);
            if (ids != null) {
                q.setParameter(
                        "ids", Arrays.stream(ids.split(",")).map(String::strip).toList());
            }
            if (serviceCode != null) {
                q.setParameter("code", serviceCode);
            }
            if (start != null) {
                q.setParameter("start", start);
            }
            if (end != null) {
                q.setParameter("end", end);
            }
            if (status != null) {
                q.setParameter("closed", CaseState.CLOSED);
            }
            return q.setMaxResults(MAX_REQUESTS)
                    .getResultStream()
                    .map(c -> request(em, c))
                    .toList();
        });
        return answer(format, "service_requests", out, "request");
    }

    @GET
    @Path("requests/{id}.{format}")
    @Allow(anyone = true)
    @Operation(summary = "One Open311 service request")
    public Response request(@PathParam("id") String id, @PathParam("format") String format) {
        Map<String, Object> r = tx.call(em -> Records.byId(em, CaseFile.class, id)
                .map(c -> request(em, c))
                .orElseThrow(() -> ProblemException.notFound("no-such-case", id)));
        return answer(format, "service_requests", List.of(r), "request");
    }

    @POST
    @Path("requests.{format}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Allow(signedIn = true)
    @Operation(
            summary = "A new Open311 service request (service_code, lat and long or address_string, description); "
                    + "the bearer token in place of api_key")
    public Response post(
            @PathParam("format") String format,
            @FormParam("service_code") String code,
            @FormParam("lat") Double lat,
            @FormParam("long") Double lon,
            @FormParam("address_string") String address,
            @FormParam("description") String description,
            @HeaderParam("Idempotency-Key") String key) {
        if (code == null || code.isBlank()) {
            throw new ProblemException(400, "field-required", "service_code");
        }
        if (description == null || description.isBlank()) {
            throw new ProblemException(400, "field-required", "description");
        }
        if (description.strip().length() > 2000) {
            throw new ProblemException(400, "field-too-long", "description", 2000);
        }
        if ((lat == null || lon == null) && (address == null || address.isBlank())) {
            throw new ProblemException(400, "field-required", "lat and long, or address_string");
        }
        if (lat != null && lon != null && (Math.abs(lat) > 90 || Math.abs(lon) > 180)) {
            throw new ProblemException(400, "field-format", "lat, long", "degrees (WGS 84)");
        }
        String addr = address == null || address.isBlank() ? null : address.strip();
        if (addr != null && addr.length() > 300) {
            throw new ProblemException(400, "field-too-long", "address_string", 300);
        }
        String hash = io.gongzhi.platform.runtime.Hashes.sha256(String.join(
                "\u0000", code, description.strip(), String.valueOf(lat), String.valueOf(lon), String.valueOf(addr)));
        String k = key != null && key.matches("[A-Za-z0-9._:-]{8,100}") ? key : "open311-" + hash.substring(0, 40);
        Identity who = caller.require();
        CaseIntake.Outcome o = intake.report(
                tenant.get(),
                who,
                CasesResource.reporterRole(who),
                new CaseFile.Report(
                        code.strip(),
                        description.strip(),
                        null,
                        lat,
                        lon,
                        addr,
                        io.gongzhi.platform.cases.entity.Channel.OPEN311,
                        k,
                        hash));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", o.file().id());
        r.put("service_notice", o.file().number());
        r.put("account_id", null);
        return Response.fromResponse(answer(format, "service_requests", List.of(r), "request"))
                .status(o.created() ? 201 : 200)
                .build();
    }

    private Map<String, Object> request(EntityManager em, CaseFile c) {
        CaseEvent last = em.createQuery(
                        "select e from CaseEvent e where e.caseId = :c order by e.seq desc", CaseEvent.class)
                .setParameter("c", c.id())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", c.id());
        r.put("status", c.state() == CaseState.CLOSED ? "closed" : "open");
        r.put(
                "status_notes",
                last == null || last.note() == null || last.actor().equals(c.reporter()) ? null : last.note());
        r.put("service_name", c.category());
        r.put("service_code", c.category());
        r.put("description", c.description());
        r.put("agency_responsible", c.handlerUnit() == null ? c.tier() : c.handlerUnit());
        r.put("service_notice", c.number());
        r.put("requested_datetime", W3C.format(c.reportedAt()));
        r.put("updated_datetime", W3C.format(last == null ? c.reportedAt() : last.at()));
        r.put("expected_datetime", c.dueAt() == null ? null : W3C.format(c.dueAt()));
        r.put("address", c.address());
        r.put("address_id", c.unit());
        r.put("zipcode", null);
        r.put("lat", c.latitude());
        r.put("long", c.longitude());
        r.put("media_url", null);
        return r;
    }

    private static Response answer(String format, String root, Object body, String item) {
        return switch (format) {
            case "json" ->
                Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                        .build();
            case "xml" ->
                Response.ok(Open311Xml.write(root, item, body), "text/xml; charset=UTF-8")
                        .build();
            default -> throw new ProblemException(404, "no-such-format", format);
        };
    }

    private static OffsetDateTime date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "field-format", field, "W3C date and time, e.g. 2026-11-01T00:00:00+08:00");
        }
    }
}
