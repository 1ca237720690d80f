package io.gongzhi.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.identity.boundary.AccessFilter;
import io.gongzhi.platform.identity.control.DemoIdentities;
import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, through the deployed platform with the development issuer's demo users: the
 * role x operation matrix over every resource method the platform has (the table below; a method
 * missing from it fails the test), unit scope, the operator API and its contract, suspension, and
 * the audit trail of it all.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessIT {

    static final String T = "shuangluan";
    static final String OTHER = "jianye";
    static final String COMMUNITY = DemoIdentities.COMMUNITY;

    /** The callers of the matrix: the demo users of tenant T, the operator, and nobody. */
    enum Who {
        ANONYMOUS,
        RESIDENT,
        GRID_WORKER,
        PARTY_MEMBER,
        COMMUNITY_STAFF,
        STREET_STAFF,
        COMMAND_CENTRE,
        DISTRICT_ADMIN,
        OPERATOR,
        OTHER_TENANTS_ADMIN;

        String user() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** What a cell expects: passed authorization (any status but 401/403), or refused with this status. */
    enum Cell {
        ALLOW,
        DENY_403,
        DENY_401
    }

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    Http anon() {
        return new Http(base);
    }

    Http as(Who who) {
        return switch (who) {
            case ANONYMOUS -> anon();
            case OPERATOR -> anon().asDemo("operator", "operator");
            case OTHER_TENANTS_ADMIN -> anon().asDemo(OTHER, "district-admin");
            default -> anon().asDemo(T, who.user());
        };
    }

    /** One row of the matrix: a resource method, how to call it, and the cell of every caller. */
    record Row(String method, Function<Http, Http.Answer> call, Map<Who, Cell> cells) {}

    static final Set<Who> TENANT_STAFF_WRITERS = Set.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF, Who.COMMUNITY_STAFF);

    /** Every resource method with who may call it. Keep in step with the code: the test checks. */
    List<Row> table() {
        String t = "api/t/" + T;
        List<Row> rows = new ArrayList<>();
        rows.add(publicRow("TenantProfileResource#profile", h -> h.get(t)));
        rows.add(publicRow("TenantProfileResource#logo", h -> h.get(t + "/logo.svg")));
        rows.add(publicRow("TenantProfileResource#directory", h -> h.get("api/tenants")));
        rows.add(publicRow("TenantProfileResource#site", h -> h.get("api/site")));
        rows.add(publicRow("UiTextResource#page", h -> h.get("api/ui/portal?lang=en")));
        rows.add(publicRow("WebManifestResource#manifest", h -> h.get(t + "/manifest.webmanifest")));
        rows.add(publicRow("TenantModelResource#model", h -> h.get(t + "/model")));
        rows.add(publicRow("NoticesResource#list", h -> h.get(t + "/notices")));
        rows.add(publicRow("NoticesResource#get", h -> h.get(t + "/notices/M-FIXED")));
        rows.add(tenantRow(
                "TenantModelResource#routing",
                h -> h.get(t + "/model/routing?category=x"),
                Set.of(
                        Who.RESIDENT,
                        Who.GRID_WORKER,
                        Who.PARTY_MEMBER,
                        Who.COMMUNITY_STAFF,
                        Who.STREET_STAFF,
                        Who.COMMAND_CENTRE,
                        Who.DISTRICT_ADMIN)));
        rows.add(tenantRow(
                "MeResource#me",
                h -> h.get(t + "/me"),
                Set.of(
                        Who.RESIDENT,
                        Who.GRID_WORKER,
                        Who.PARTY_MEMBER,
                        Who.COMMUNITY_STAFF,
                        Who.STREET_STAFF,
                        Who.COMMAND_CENTRE,
                        Who.DISTRICT_ADMIN)));
        rows.add(tenantRow(
                "NoticesResource#create",
                h -> h.post(t + "/notices", notice("M-" + System.nanoTime(), COMMUNITY, null)),
                TENANT_STAFF_WRITERS));
        rows.add(tenantRow(
                "NoticesResource#update",
                h -> h.put(t + "/notices/M-FIXED", notice("M-FIXED", COMMUNITY, version("M-FIXED"))),
                TENANT_STAFF_WRITERS));
        rows.add(tenantRow(
                "NoticesResource#delete", h -> h.delete(t + "/notices/" + freshNotice()), TENANT_STAFF_WRITERS));
        rows.add(tenantRow("AssignmentsResource#list", h -> h.get(t + "/assignments"), Set.of(Who.DISTRICT_ADMIN)));
        rows.add(tenantRow(
                "AssignmentsResource#assign",
                h -> h.post(
                        t + "/assignments",
                        "{\"subject\":\"s-matrix\",\"username\":\"matrix\",\"role\":\"grid-worker\",\"unit\":\""
                                + DemoIdentities.GRID + "\"}"),
                Set.of(Who.DISTRICT_ADMIN)));
        rows.add(tenantRow(
                "AssignmentsResource#revoke",
                h -> h.delete(t + "/assignments/no-such-id"),
                Set.of(Who.DISTRICT_ADMIN)));
        rows.add(tenantRow("AuditResource#tenantLog", h -> h.get(t + "/audit"), Set.of(Who.DISTRICT_ADMIN)));
        rows.add(operatorRow("AuditResource#operatorLog", h -> h.get("api/operator/audit")));
        Set<Who> readers =
                Set.of(Who.DISTRICT_ADMIN, Who.COMMAND_CENTRE, Who.STREET_STAFF, Who.COMMUNITY_STAFF, Who.GRID_WORKER);
        Set<Who> registrars = Set.of(Who.DISTRICT_ADMIN, Who.COMMUNITY_STAFF, Who.GRID_WORKER);
        rows.add(tenantRow("ResidentsResource#list", h -> h.get(t + "/residents"), readers));
        rows.add(tenantRow("ResidentsResource#export", h -> h.get(t + "/residents/export"), readers));
        rows.add(tenantRow("ResidentsResource#get", h -> h.get(t + "/residents/no-such-id"), readers));
        rows.add(tenantRow("ResidentsResource#personal", h -> h.get(t + "/residents/no-such-id/personal"), registrars));
        rows.add(tenantRow(
                "ResidentsResource#create",
                h -> h.post(
                        t + "/residents", resident("居民" + System.nanoTime() % 1000, null, DemoIdentities.GRID, null)),
                registrars));
        rows.add(tenantRow(
                "ResidentsResource#update",
                h -> {
                    JsonObject r = as(Who.DISTRICT_ADMIN)
                            .get(t + "/residents?under=" + DemoIdentities.GRID)
                            .json()
                            .getJsonArray("items")
                            .getJsonObject(0);
                    return h.put(
                            t + "/residents/" + r.getString("id"),
                            resident(
                                    r.getString("name"),
                                    null,
                                    DemoIdentities.GRID,
                                    r.getJsonNumber("version").longValue()));
                },
                registrars));
        Set<Who> keepers = Set.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF, Who.COMMUNITY_STAFF);
        importRows(rows, "ResidentImportResource", t + "/residents/import", registrars);
        importRows(rows, "UnitImportResource", t + "/units/import", Set.of(Who.DISTRICT_ADMIN));
        importRows(rows, "OrganisationImportResource", t + "/organisations/import", keepers);
        importRows(rows, "FacilityImportResource", t + "/facilities/import", keepers);
        Set<Who> registerReaders =
                Set.of(Who.DISTRICT_ADMIN, Who.COMMAND_CENTRE, Who.STREET_STAFF, Who.COMMUNITY_STAFF);
        rows.add(tenantRow("CadresResource#list", h -> h.get(t + "/cadres"), registerReaders));
        rows.add(tenantRow("CadresResource#export", h -> h.get(t + "/cadres/export"), registerReaders));
        rows.add(tenantRow("FacilitiesResource#export", h -> h.get(t + "/facilities/export"), registerReaders));
        Set<Who> signedIn = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS, Who.OPERATOR, Who.OTHER_TENANTS_ADMIN));
        rows.add(tenantRow("UnitsResource#export", h -> h.get(t + "/units/export?under=yuanbaoshan"), signedIn));
        rows.add(tenantRow(
                "OrganisationsResource#export", h -> h.get(t + "/organisations/export?format=xlsx"), signedIn));
        rows.add(tenantRow("CadresResource#figures", h -> h.get(t + "/cadres/figures"), registerReaders));
        rows.add(tenantRow(
                "CadresResource#create",
                h -> h.post(t + "/cadres", cadre("张伟", DemoIdentities.COMMUNITY, 1990, "bachelor")),
                Set.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF)));
        rows.add(tenantRow(
                "CadresResource#update",
                h -> h.put(
                        t + "/cadres/no-such-id",
                        cadre("张伟", DemoIdentities.COMMUNITY, 1990, "bachelor").replace("}", ",\"version\":0}")),
                Set.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF)));
        rows.add(tenantRow(
                "FacilitiesResource#update",
                h -> h.put(
                        t + "/facilities/no-such-id",
                        facility("站", DemoIdentities.COMMUNITY, 1, 1, 1).replace("}", ",\"version\":0}")),
                Set.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF, Who.COMMUNITY_STAFF)));
        rows.add(tenantRow(
                "OrganisationsResource#update",
                h -> h.put(t + "/organisations/no-such-id", "{\"kind\":\"party-branch\",\"name\":\"x\",\"version\":0}"),
                Set.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF, Who.COMMUNITY_STAFF)));
        rows.add(tenantRow("FacilitiesResource#list", h -> h.get(t + "/facilities"), registerReaders));
        rows.add(tenantRow("FacilitiesResource#compliance", h -> h.get(t + "/facilities/compliance"), registerReaders));
        rows.add(tenantRow(
                "FacilitiesResource#create",
                h -> h.post(t + "/facilities", facility("党群服务中心", DemoIdentities.COMMUNITY, 420, 410, 1000)),
                Set.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF, Who.COMMUNITY_STAFF)));
        rows.add(publicRow(
                "OrganisationsResource#list", h -> h.get(t + "/organisations?under=" + DemoIdentities.STREET)));
        rows.add(publicRow("OrganisationsResource#counts", h -> h.get(t + "/organisations/counts")));
        rows.add(tenantRow(
                "OrganisationsResource#create",
                h -> h.post(
                        t + "/organisations",
                        "{\"kind\":\"volunteer-team\",\"name\":\"志愿服务队\",\"unit\":\"" + DemoIdentities.COMMUNITY
                                + "\"}"),
                Set.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF, Who.COMMUNITY_STAFF)));
        rows.add(tenantRow(
                "OrganisationsResource#members",
                h -> h.get(t + "/organisations/no-such-id/members"),
                Set.of(
                        Who.DISTRICT_ADMIN,
                        Who.COMMAND_CENTRE,
                        Who.STREET_STAFF,
                        Who.COMMUNITY_STAFF,
                        Who.GRID_WORKER,
                        Who.PARTY_MEMBER)));
        rows.add(tenantRow(
                "OrganisationsResource#addMember",
                h -> h.post(
                        t + "/organisations/no-such-id/members",
                        "{\"personName\":\"王五\",\"role\":\"member\",\"termFrom\":\"2024-01-01\"}"),
                Set.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF, Who.COMMUNITY_STAFF)));
        rows.add(publicRow("DutiesResource#duties", h -> h.get(t + "/duties?list=NEGATIVE")));
        rows.add(tenantRow(
                "DutiesResource#addDuty",
                h -> h.post(t + "/duties", "{\"list\":\"NEGATIVE\",\"title\":\"开具无法定依据的证明\"}"),
                Set.of(Who.DISTRICT_ADMIN)));
        rows.add(tenantRow(
                "AdmissionsResource#admissions",
                h -> h.get(t + "/admissions"),
                Set.of(Who.DISTRICT_ADMIN, Who.COMMAND_CENTRE, Who.STREET_STAFF)));
        rows.add(tenantRow(
                "AdmissionsResource#submit",
                h -> h.post(t + "/admissions", "{\"department\":\"区民政局\",\"title\":\"高龄津贴初审\",\"funding\":5000}"),
                Set.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF)));
        rows.add(tenantRow(
                "AdmissionsResource#review",
                h -> h.post(t + "/admissions/no-such-id/review", ""),
                Set.of(Who.DISTRICT_ADMIN)));
        rows.add(tenantRow(
                "AdmissionsResource#decide",
                h -> h.post(t + "/admissions/no-such-id/decide", "{\"admit\":true}"),
                Set.of(Who.DISTRICT_ADMIN)));
        Set<Who> importers = EnumSet.copyOf(registrars);
        importers.add(Who.STREET_STAFF);
        rows.add(tenantRow("ImportsResource#get", h -> h.get(t + "/imports/no-such-id"), importers));
        rows.add(tenantRow("HouseholdsResource#list", h -> h.get(t + "/households"), readers));
        Set<Who> everyone = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS, Who.OPERATOR, Who.OTHER_TENANTS_ADMIN));
        Set<Who> caseStaff =
                Set.of(Who.GRID_WORKER, Who.COMMUNITY_STAFF, Who.STREET_STAFF, Who.COMMAND_CENTRE, Who.DISTRICT_ADMIN);
        rows.add(tenantRow("CasesResource#report", h -> h.post(t + "/cases", "{}"), everyone));
        rows.add(tenantRow("CasesResource#queue", h -> h.get(t + "/cases"), caseStaff));
        rows.add(tenantRow("CaseIndicatorsResource#indicators", h -> h.get(t + "/cases/indicators"), caseStaff));
        rows.add(tenantRow("CasesResource#mine", h -> h.get(t + "/cases/mine"), everyone));
        rows.add(tenantRow("CasesResource#follow", h -> h.post(t + "/cases/no-such-case/follow", ""), everyone));
        rows.add(tenantRow("CasesResource#unfollow", h -> h.delete(t + "/cases/no-such-case/follow"), everyone));
        rows.add(tenantRow("CasesResource#get", h -> h.get(t + "/cases/no-such-case"), everyone));
        rows.add(tenantRow(
                "CasesResource#act", h -> h.post(t + "/cases/no-such-case/take", "{\"version\":0}"), everyone));
        rows.add(publicRow("CalendarResource#days", h -> h.get(t + "/calendar")));
        rows.add(tenantRow("InboxResource#inbox", h -> h.get(t + "/inbox"), everyone));
        rows.add(tenantRow(
                "CasesResource#nearby",
                h -> h.get(t + "/cases/nearby?category=dispute&unit=" + DemoIdentities.GRID),
                everyone));
        rows.add(publicRow("Open311Resource#discovery", h -> h.get(t + "/open311/v2/discovery.json")));
        rows.add(publicRow("Open311Resource#services", h -> h.get(t + "/open311/v2/services.json")));
        rows.add(publicRow("Open311Resource#requests", h -> h.get(t + "/open311/v2/requests.json")));
        rows.add(publicRow("Open311Resource#request", h -> h.get(t + "/open311/v2/requests/nope.json")));
        rows.add(tenantRow(
                "Open311Resource#post",
                h -> h.send(
                        HttpRequest.newBuilder(h.base().resolve(t + "/open311/v2/requests.json"))
                                .POST(HttpRequest.BodyPublishers.ofString("service_code=")),
                        "Content-Type",
                        "application/x-www-form-urlencoded"),
                everyone));
        rows.add(tenantRow("CasePhotosResource#list", h -> h.get(t + "/cases/no-such-case/photos"), everyone));
        rows.add(tenantRow("CasePhotosResource#image", h -> h.get(t + "/cases/no-such-case/photos/x"), everyone));
        rows.add(tenantRow(
                "CasePhotosResource#add",
                h -> h.send(
                        HttpRequest.newBuilder(h.base().resolve(t + "/cases/no-such-case/photos"))
                                .POST(HttpRequest.BodyPublishers.ofString("x")),
                        "Content-Type",
                        "image/jpeg"),
                everyone));
        rows.add(tenantRow("InboxResource#read", h -> h.post(t + "/inbox/no-such-message/read", "{}"), everyone));
        rows.add(publicRow("CalendarResource#due", h -> h.get(t + "/calendar/due?amount=1&unit=WORKING_DAYS")));
        rows.add(tenantRow(
                "CalendarResource#set",
                h -> h.put(t + "/calendar/2031-01-01", "{\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}"),
                Set.of(Who.DISTRICT_ADMIN)));
        rows.add(tenantRow(
                "CalendarResource#unset", h -> h.delete(t + "/calendar/2031-12-31"), Set.of(Who.DISTRICT_ADMIN)));
        rows.add(tenantRow("HouseholdsResource#export", h -> h.get(t + "/households/export"), readers));
        rows.add(tenantRow("HouseholdsResource#get", h -> h.get(t + "/households/NO-SUCH"), readers));
        rows.add(tenantRow(
                "HouseholdsResource#create",
                h -> h.post(
                        t + "/households",
                        "{\"code\":\"M-" + System.nanoTime() + "\",\"unit\":\"" + DemoIdentities.GRID
                                + "\",\"address\":\"幸福路8号3单元502\"}"),
                registrars));
        rows.add(tenantRow(
                "HouseholdsResource#update",
                h -> h.put(t + "/households/NO-SUCH", "{\"address\":\"x\",\"version\":0}"),
                registrars));
        rows.add(publicRow("UnitsResource#list", h -> h.get(t + "/units?under=yuanbaoshan")));
        rows.add(publicRow("UnitsResource#get", h -> h.get(t + "/units/no-such-id")));
        rows.add(tenantRow(
                "UnitsResource#create",
                h -> h.post(
                        t + "/units",
                        "{\"code\":\"m-" + System.nanoTime() + "\",\"level\":\"street\",\"nameZh\":\"测试街道\"}"),
                Set.of(Who.DISTRICT_ADMIN)));
        rows.add(tenantRow(
                "UnitsResource#rename",
                h -> {
                    JsonObject u = anon().get(t + "/units?under=gangcheng")
                            .json()
                            .getJsonArray("items")
                            .getJsonObject(0);
                    return h.put(
                            t + "/units/" + u.getString("id"),
                            "{\"nameZh\":\"钢城街道\",\"nameEn\":\"Gangcheng Subdistrict\",\"version\":"
                                    + u.getJsonNumber("version") + "}");
                },
                Set.of(Who.DISTRICT_ADMIN)));
        rows.add(tenantRow(
                "UnitsResource#merge",
                h -> h.post(
                        t + "/units/merge", "{\"from\":[\"nope\"],\"into\":\"nope-2\",\"effective\":\"2026-01-01\"}"),
                Set.of(Who.DISTRICT_ADMIN)));
        rows.add(publicRow("OperatorIdentityResource#identity", h -> h.get("api/operator/identity")));
        rows.add(operatorRow("OperatorTenantsResource#list", h -> h.get("api/operator/tenants")));
        rows.add(operatorRow("OperatorTenantsResource#get", h -> h.get("api/operator/tenants/atlantis")));
        rows.add(operatorRow("OperatorTenantsResource#create", h -> h.post("api/operator/tenants", "{}")));
        rows.add(operatorRow("OperatorTenantsResource#update", h -> h.put("api/operator/tenants/atlantis", "{}")));
        rows.add(operatorRow(
                "OperatorTenantsResource#suspend", h -> h.post("api/operator/tenants/atlantis/suspend", "")));
        rows.add(
                operatorRow("OperatorTenantsResource#resume", h -> h.post("api/operator/tenants/atlantis/resume", "")));
        rows.add(operatorRow(
                "OperatorTenantsResource#provisionAgain", h -> h.post("api/operator/tenants/atlantis/provision", "")));
        rows.add(operatorRow("OperatorPluginsResource#list", h -> h.get("api/operator/plugins")));
        rows.add(operatorRow(
                "OperatorPluginsResource#install",
                h -> h.send(
                        HttpRequest.newBuilder(h.base().resolve("api/operator/plugins"))
                                .POST(HttpRequest.BodyPublishers.ofString("not a jar")),
                        "Content-Type",
                        "application/java-archive")));
        rows.add(operatorRow("OperatorPluginsResource#uninstall", h -> h.delete("api/operator/plugins/nope")));
        rows.add(operatorRow(
                "OperatorPluginsResource#enable", h -> h.put("api/operator/plugins/nope/tenants/atlantis", "")));
        rows.add(operatorRow(
                "OperatorPluginsResource#disable", h -> h.delete("api/operator/plugins/nope/tenants/atlantis")));
        rows.add(operatorRow(
                "OperatorPluginsResource#defaults", h -> h.put("api/operator/plugins/nope/settings", "{}")));
        rows.add(operatorRow(
                "OperatorPluginsResource#overrides", h -> h.put("api/operator/plugins/nope/settings/atlantis", "{}")));
        rows.add(operatorRow(
                "OperatorPluginsResource#settings", h -> h.get("api/operator/plugins/nope/settings/atlantis")));
        return rows;
    }

    @Test
    @Order(1)
    void everyResourceMethodHasARuleAndARowInTheMatrix() throws IOException {
        Set<String> inCode = new TreeSet<>();
        List<String> withoutRule = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            List<Method> methods = new ArrayList<>();
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                methods.addAll(List.of(c.getDeclaredMethods()));
            }
            for (Method m : methods) {
                if (m.isAnnotationPresent(GET.class)
                        || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(PUT.class)
                        || m.isAnnotationPresent(DELETE.class)) {
                    inCode.add(type.getSimpleName() + "#" + m.getName());
                    if (AccessFilter.rule(m, type).isEmpty()) {
                        withoutRule.add(type.getSimpleName() + "#" + m.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), withoutRule, "resource methods without an @Allow rule");
        Set<String> inTable = new TreeSet<>();
        table().forEach(r -> inTable.add(r.method()));
        assertEquals(inCode, inTable, "the matrix must name every resource method, and only those");
    }

    @Test
    @Order(2)
    void roleTimesOperationMatrix() {
        demoUnits();
        assertEquals(
                201,
                as(Who.DISTRICT_ADMIN)
                        .post("api/t/" + T + "/residents", resident("王芳", null, DemoIdentities.GRID, null))
                        .status());
        assertEquals(
                201,
                as(Who.DISTRICT_ADMIN)
                        .post("api/t/" + T + "/notices", notice("M-FIXED", COMMUNITY, null))
                        .status());
        Map<Who, Http> clients = new EnumMap<>(Who.class);
        for (Who w : Who.values()) {
            clients.put(w, as(w));
        }
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : table()) {
            for (Who w : Who.values()) {
                Http.Answer a = row.call().apply(clients.get(w));
                Cell expected = row.cells().get(w);
                boolean ok =
                        switch (expected) {
                            case ALLOW -> a.status() != 401 && a.status() != 403 && a.status() < 500;
                            case DENY_403 -> a.status() == 403;
                            case DENY_401 -> a.status() == 401;
                        };
                cells++;
                if (!ok) {
                    wrong.add(row.method() + " as " + w + ": expected " + expected + ", got " + a.status() + " "
                            + a.body());
                }
            }
        }
        assertEquals(List.of(), wrong, "of " + cells + " cells");
    }

    @Test
    @Order(3)
    void aCommunityWorkerCannotChangeAnotherCommunitysRecords() {
        Http admin = as(Who.DISTRICT_ADMIN);
        Http worker = as(Who.COMMUNITY_STAFF);
        String other = DemoIdentities.STREET + "/other-community";
        String n = "api/t/" + T + "/notices/";
        assertEquals(
                201,
                admin.post("api/t/" + T + "/notices", notice("SCOPE-Y", other, null))
                        .status());
        assertEquals(
                201,
                worker.post("api/t/" + T + "/notices", notice("SCOPE-X", COMMUNITY, null))
                        .status());

        Http.Answer create = worker.post("api/t/" + T + "/notices", notice("SCOPE-Y2", other, null));
        assertEquals(403, create.status(), create.body());
        assertEquals("urn:gongzhi:problem:out-of-scope", create.json().getString("type"));
        assertEquals(
                403,
                worker.put(n + "SCOPE-Y", notice("SCOPE-Y", other, version("SCOPE-Y")))
                        .status());
        assertEquals(
                403,
                worker.put(n + "SCOPE-X", notice("SCOPE-X", other, version("SCOPE-X")))
                        .status(),
                "nor move its own notice into another community");
        assertEquals(
                403,
                worker.post("api/t/" + T + "/notices", notice("SCOPE-ALL", null, null))
                        .status(),
                "nor publish district-wide");
        assertEquals(403, worker.delete(n + "SCOPE-Y").status());
        assertEquals(404, anon().get(n + "SCOPE-Y2").status(), "nothing created");
        JsonObject y = anon().get(n + "SCOPE-Y").json();
        assertEquals("title SCOPE-Y", y.getString("title"), "nothing changed");
        assertEquals(other, y.getString("unit"));
        assertEquals(COMMUNITY, anon().get(n + "SCOPE-X").json().getString("unit"));

        Http street = as(Who.STREET_STAFF);
        assertEquals(
                200,
                street.put(n + "SCOPE-Y", notice("SCOPE-Y", other, version("SCOPE-Y")))
                        .status(),
                "the street's staff act in every community of the street");
        assertEquals(204, worker.delete(n + "SCOPE-X").status(), "in its own community it may");

        JsonArray denied =
                admin.get("api/t/" + T + "/audit?action=access.denied").array();
        assertTrue(
                denied.stream()
                        .anyMatch(e -> e.asJsonObject().getString("actorName").equals("community-staff")
                                && e.asJsonObject().getString("target").contains("SCOPE-Y")),
                "the denials are audited: " + denied);
    }

    @Test
    @Order(4)
    void meAnswersTheCallerAndRefusesOthers() {
        JsonObject me = as(Who.GRID_WORKER).get("api/t/" + T + "/me").json();
        assertEquals(T, me.getString("tenant"));
        assertEquals("grid-worker", me.getString("username"));
        assertEquals(List.of("grid-worker"), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(
                DemoIdentities.GRID,
                me.getJsonArray("assignments").getJsonObject(0).getString("unit"));
        Http.Answer none = anon().get("api/t/" + T + "/me");
        assertEquals(401, none.status());
        assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"), "RFC 6750 challenge");
        assertEquals(401, as(Who.OTHER_TENANTS_ADMIN).get("api/t/" + T + "/me").status());
        assertEquals(401, anon().as("not-a-token").get("api/t/" + T + "/me").status());
        assertEquals(
                401,
                anon().get("api/t/" + T + "/me", "Authorization", "Basic dXNlcjpwYXNz")
                        .status());
    }

    @Test
    @Order(5)
    void theOperatorContract() {
        assertEquals(401, anon().get("api/operator/tenants").status());
        assertEquals(403, as(Who.DISTRICT_ADMIN).get("api/operator/tenants").status());
        Http.Answer ok = as(Who.OPERATOR).get("api/operator/tenants");
        assertEquals(200, ok.status());
        assertTrue(ok.array().size() >= 5);
        Http.Answer devToken = anon().post("dev/token", "{\"realm\": \"" + T + "\", \"user\": \"nobody\"}");
        assertEquals(400, devToken.status());
        assertTrue(devToken.body().contains("district-admin"), "names the demo users: " + devToken.body());
        assertEquals(
                404,
                anon().post("dev/token", "{\"realm\": \"atlantis\", \"user\": \"resident\"}")
                        .status());
        assertEquals(
                200,
                anon().get("dev/realms/gov-" + T + "/protocol/openid-connect/certs")
                        .status());
    }

    @Test
    @Order(6)
    void operatorsCreateSuspendAndResumeTenantsAndItIsAudited() {
        Http op = as(Who.OPERATOR);
        String manifest =
                """
                {"id": "testville", "names": {"zh": "测试区", "en": "Testville"}, "kind": "district",
                 "hosts": ["testville.localhost"], "branding": {"primary": "#123456", "accent": "#654321"},
                 "locale": "zh-CN", "plugin": {"id": "testville", "version": ">=1.0.0"},
                 "identity": {"realm": "gov-testville"}}""";
        Http.Answer created = op.post("api/operator/tenants", manifest);
        assertEquals(201, created.status(), created.body());
        assertEquals(409, op.post("api/operator/tenants", manifest).status(), "created once");
        Http.Answer bad = op.post("api/operator/tenants", manifest.replace("#123456", "red"));
        assertEquals(400, bad.status());
        assertTrue(bad.json().getString("detail").contains("branding.primary"), bad.body());
        assertEquals(
                400,
                op.post("api/operator/tenants", manifest.replace("gov-testville", "gongzhi-operator"))
                        .status(),
                "the operator realm is not for tenants");

        Http resident = anon().asDemo("testville", "resident");
        assertEquals(200, resident.get("api/t/testville/me").status());
        assertEquals(
                "suspended",
                op.post("api/operator/tenants/testville/suspend", "").json().getString("status"));
        Http.Answer refused = resident.get("api/t/testville/me");
        assertEquals(401, refused.status());
        assertEquals("urn:gongzhi:problem:tenant-suspended", refused.json().getString("type"));
        assertEquals(404, anon().get("api/t/testville").status());
        assertEquals(
                "active",
                op.post("api/operator/tenants/testville/resume", "").json().getString("status"));
        assertEquals(200, resident.get("api/t/testville/me").status());

        JsonArray trail = anon().asDemo("testville", "district-admin")
                .get("api/t/testville/audit")
                .array();
        List<String> actions =
                trail.stream().map(e -> e.asJsonObject().getString("action")).toList();
        assertTrue(
                actions.containsAll(List.of("tenant.created", "tenant.suspended", "tenant.resumed", "auth.refused")),
                "the tenant's trail: " + actions);
        assertEquals(
                403,
                anon().asDemo("testville", "community-staff")
                        .get("api/t/testville/audit")
                        .status());
        JsonArray ops = op.get("api/operator/audit").array();
        assertTrue(
                ops.stream().anyMatch(e -> e.asJsonObject().getString("action").equals("tenant.suspended")));
        assertFalse(
                as(Who.DISTRICT_ADMIN).get("api/t/" + T + "/audit").body().contains("testville"),
                "another tenant's trail shows none of it");
    }

    @Test
    @Order(7)
    void districtAdminsAssignUnitsAndTheChangeIsAudited() {
        Http admin = as(Who.DISTRICT_ADMIN);
        String subject = as(Who.RESIDENT).get("api/t/" + T + "/me").json().getString("subject");
        Http.Answer a = admin.post(
                "api/t/" + T + "/assignments",
                "{\"subject\":\"" + subject + "\",\"username\":\"resident\",\"role\":\"community-staff\",\"unit\":\""
                        + COMMUNITY + "\"}");
        assertEquals(201, a.status(), a.body());
        assertEquals(
                400,
                admin.post(
                                "api/t/" + T + "/assignments",
                                "{\"subject\":\"x\",\"role\":\"district-admin\",\"unit\":\"a\"}")
                        .status(),
                "district-wide roles are not assigned by unit");
        assertEquals(
                400,
                admin.post("api/t/" + T + "/assignments", "{\"subject\":\"x\",\"role\":\"king\",\"unit\":\"a\"}")
                        .status());
        assertEquals(
                400,
                admin.post(
                                "api/t/" + T + "/assignments",
                                "{\"subject\":\"x\",\"role\":\"grid-worker\",\"unit\":\"../etc\"}")
                        .status());
        assertEquals(
                422,
                admin.post(
                                "api/t/" + T + "/assignments",
                                "{\"subject\":\"x\",\"role\":\"grid-worker\",\"unit\":\"no-such-street\"}")
                        .status(),
                "a unit the district does not have");
        assertEquals(
                204,
                admin.delete("api/t/" + T + "/assignments/" + a.json().getString("id"))
                        .status());
        List<String> actions = admin.get("api/t/" + T + "/audit").array().stream()
                .map(e -> e.asJsonObject().getString("action"))
                .toList();
        assertTrue(actions.containsAll(List.of("role.assigned", "role.revoked")), actions.toString());
    }

    @Test
    @Order(8)
    void theDemoHierarchyAndItsRules() {
        JsonObject page =
                anon().get("api/t/" + T + "/units?under=yuanbaoshan/shuangan").json();
        List<String> paths = page.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("path"))
                .toList();
        assertEquals(List.of("yuanbaoshan/shuangan", "yuanbaoshan/shuangan/anshun-leju"), paths);
        assertEquals(2, page.getInt("total"));
        // the report names 2 of the 3 streets and 4 of the 28 communities; the seed numbers the rest,
        // named "… (demo)" (other tests here add units of their own)
        String demo = "&at=2000-01-01&q=(demo)";
        assertEquals(
                1,
                anon().get("api/t/" + T + "/units?level=street" + demo).json().getInt("total"));
        assertEquals(
                24,
                anon().get("api/t/" + T + "/units?level=community" + demo)
                        .json()
                        .getInt("total"));
        assertEquals(
                63,
                anon().get("api/t/" + T + "/units?level=village" + demo).json().getInt("total"));
        assertEquals(
                11,
                anon().get("api/t/" + T + "/units?under=yuanbaoshan").json().getInt("total"),
                "the street, its 8 communities of the 24 generated ones, 双安社区 and 安顺乐居");
        assertEquals(
                0, anon().get("api/t/" + T + "/units?at=1999-12-31").json().getInt("total"), "nothing before 2000");
        assertEquals(400, anon().get("api/t/" + T + "/units?at=yesterday").status());
        Http admin = as(Who.DISTRICT_ADMIN);
        Http.Answer wrongLevel =
                admin.post("api/t/" + T + "/units", "{\"code\":\"c-top\",\"level\":\"community\",\"nameZh\":\"顶层社区\"}");
        assertEquals(422, wrongLevel.status(), wrongLevel.body());
        assertEquals("urn:gongzhi:problem:level-not-allowed", wrongLevel.json().getString("type"));
        Http.Answer made = admin.post(
                "api/t/" + T + "/units",
                "{\"code\":\"xinyuan\",\"level\":\"community\",\"nameZh\":\"新苑社区\",\"parent\":\"gangcheng\"}");
        assertEquals(201, made.status(), made.body());
        assertEquals(
                409,
                admin.post(
                                "api/t/" + T + "/units",
                                "{\"code\":\"xinyuan\",\"level\":\"community\",\"nameZh\":\"新苑社区\",\"parent\":\"gangcheng\"}")
                        .status());
        assertEquals(
                0,
                anon().get("api/t/" + OTHER + "/units?under=gangcheng").json().getInt("total"),
                "another tenant's hierarchy shows none of it");
        assertTrue(
                admin.get("api/t/" + T + "/audit?action=unit.created").array().size() >= 1);
    }

    @Test
    @Order(9)
    void personalDataIsMaskedEverywhereButTheAuditedUnmaskEndpoint() {
        demoUnits();
        Http admin = as(Who.DISTRICT_ADMIN);
        String r = "api/t/" + T + "/residents";
        String other = DemoIdentities.STREET + "/other-community";
        Http.Answer mine = admin.post(r, resident("李娟", ID_1, DemoIdentities.COMMUNITY, null));
        assertEquals(201, mine.status(), mine.body());
        Http.Answer theirs = admin.post(r, resident("赵强", ID_2, other, null));
        assertEquals(201, theirs.status(), theirs.body());
        assertEquals(
                409,
                admin.post(r, resident("李娟", ID_1, DemoIdentities.COMMUNITY, null))
                        .status(),
                "once per ID");
        Http.Answer bad = admin.post(r, resident("错号", "110105194912310021", DemoIdentities.COMMUNITY, null));
        assertEquals("urn:gongzhi:problem:invalid-id-number", bad.json().getString("type"));

        Http worker = as(Who.COMMUNITY_STAFF);
        List<String> bodies = List.of(
                admin.get(r).body(),
                admin.get(r + "/" + mine.json().getString("id")).body(),
                worker.get(r).body(),
                mine.body(),
                admin.get(r + "?care=elderly").body());
        for (String body : bodies) {
            assertFalse(body.contains(ID_1) || body.contains(ID_2) || body.contains("13912345678"), "masked: " + body);
        }
        assertTrue(mine.body().contains("1101**********002X") && mine.body().contains("139****5678"), mine.body());

        Http.Answer exported = worker.get(r + "/export");
        assertEquals(200, exported.status());
        assertTrue(exported.body().startsWith("\uFEFF姓名,身份证号"), exported.body().substring(0, 30));
        assertTrue(exported.body().contains("1101**********002X"), "the export masks as the screen does");
        assertFalse(exported.body().contains(ID_1)
                || exported.body().contains(ID_2)
                || exported.body().contains("13912345678"));
        assertFalse(exported.body().contains("赵强"), "and holds only the caller's units");
        var workbook = worker.bytes(r + "/export?format=xlsx");
        assertEquals(200, workbook.statusCode());
        String cells = io.gongzhi.platform.imports.control.Xlsx.read(new java.io.ByteArrayInputStream(workbook.body()))
                .toString();
        assertTrue(cells.contains("1101**********002X"), cells);
        assertFalse(cells.contains(ID_1) || cells.contains(ID_2) || cells.contains("13912345678"), cells);
        assertEquals(400, worker.get(r + "/export?format=pdf").status());
        assertTrue(admin.get("api/t/" + T + "/audit?action=residents.exported")
                        .array()
                        .size()
                >= 1);
        JsonArray seen = worker.get(r).json().getJsonArray("items");
        assertTrue(
                seen.stream().noneMatch(v -> v.asJsonObject().getString("unit").equals(other)),
                "a community worker lists only their community: " + seen);
        String theirId = theirs.json().getString("id");
        assertEquals(403, worker.get(r + "/" + theirId).status());
        assertEquals(403, worker.get(r + "/" + theirId + "/personal").status());
        assertEquals(
                403,
                worker.put(r + "/" + theirId, resident("改名", null, other, 0L)).status());
        assertEquals("赵强", admin.get(r + "/" + theirId).json().getString("name"), "nothing changed");

        JsonObject personal =
                worker.get(r + "/" + mine.json().getString("id") + "/personal").json();
        assertEquals(ID_1, personal.getString("idNumber"));
        assertEquals("13912345678", personal.getString("phone"));
        assertEquals(
                403,
                as(Who.STREET_STAFF)
                        .get(r + "/" + mine.json().getString("id") + "/personal")
                        .status());
        JsonArray unmasked =
                admin.get("api/t/" + T + "/audit?action=personal-data.unmasked").array();
        assertTrue(
                unmasked.stream()
                        .anyMatch(e -> e.asJsonObject().getString("actorName").equals("community-staff")),
                "every unmasked read is audited: " + unmasked);
        assertEquals(401, as(Who.OTHER_TENANTS_ADMIN).get(r).status());
        assertEquals(
                0,
                anon().asDemo(OTHER, "district-admin")
                        .get("api/t/" + OTHER + "/residents")
                        .json()
                        .getInt("total"),
                "another tenant's register shows none of them");
    }

    @Test
    @Order(10)
    void aCsvImportIsAllOrNothingReportsEveryBadLineAndRepeatsIdempotently() {
        demoUnits();
        Http worker = as(Who.COMMUNITY_STAFF);
        String r = "api/t/" + T + "/residents";
        long before =
                as(Who.DISTRICT_ADMIN).get(r).json().getJsonNumber("total").longValue();
        String c = DemoIdentities.COMMUNITY;
        // ten kinds of row error, one per line from line 3; line 2 is good and is not imported either
        String bad = String.join(
                "\n",
                "姓名,身份证号,电话,单位,关爱类别",
                "孙丽," + "110105196502140020" + ",13800001111," + c + ",elderly",
                "周伟,110105196502140025,13800002222," + c + ",", // check digit
                "吴敏,,1380000," + c + ",", // phone
                "郑华,,," + DemoIdentities.STREET + "/other-community,", // another community: out of scope
                "钱进,,," + c + ",rich", // unknown care attribute
                "孙丽二,110105196502140020,," + c + ",", // the ID number of line 2 again
                ",,," + c + ",", // no name
                "王" + "很".repeat(100) + ",,," + c + ",", // a name of 101 characters
                "李四,,," + c + "/no-such-grid,", // a unit that does not exist
                "赵六,,,Demo Street/社区,", // not a unit path
                "陈七,,," + c + ",,南京市建邺区,兴隆大街"); // an unquoted comma: two fields too many
        Http.Answer refused = csv(worker, r, bad);
        assertEquals(422, refused.status(), refused.body());
        JsonArray errors = refused.json().getJsonArray("errors");
        assertEquals(10, errors.size(), errors.toString());
        List<String> lines = errors.getValuesAs(jakarta.json.JsonString::getString);
        for (int line = 3; line <= 12; line++) {
            int l = line;
            assertTrue(lines.stream().anyMatch(e -> e.startsWith("第 " + l + " 行")), "line " + l + ": " + lines);
        }
        assertEquals(
                10,
                lines.stream()
                        .map(e -> e.substring(e.indexOf('：') + 1))
                        .distinct()
                        .count(),
                "ten different problems: " + lines);
        assertTrue(lines.get(9).contains("多出 2 个非空字段"), lines.get(9));
        assertEquals(
                before,
                as(Who.DISTRICT_ADMIN).get(r).json().getJsonNumber("total").longValue(),
                "nothing imported");

        String good = "name,idNumber,phone,unit,care\n孙丽,110105196502140020,13800001111," + c + ",elderly;low-income\n"
                + "周伟,110105197003070018,0314-2345678," + c + ",\n";
        JsonObject first = csv(worker, r, good).json();
        assertEquals(2, first.getInt("created"), first.toString());
        JsonObject again = csv(worker, r, good).json();
        assertEquals(0, again.getInt("created"));
        assertEquals(2, again.getInt("updated"));
        assertEquals(
                before + 2,
                as(Who.DISTRICT_ADMIN).get(r).json().getJsonNumber("total").longValue());
        assertEquals(
                1, as(Who.DISTRICT_ADMIN).get(r + "?care=low-income").json().getInt("total"));
    }

    @Test
    @Order(10)
    void unitsOrganisationsAndFacilitiesImportFromSheetsWithinScopeAndOnlyIntoTheirTenant() {
        demoUnits();
        Http admin = as(Who.DISTRICT_ADMIN);
        String u = "api/t/" + T + "/units";
        // parents before children, a parent from an earlier row; Chinese headers
        String units = "编码,层级,名称,上级单位\n"
                + "import-street,street,导入街道,\n"
                + "import-community,community,导入社区,import-street\n"
                + "import-grid,grid,导入网格,import-street/import-community\n";
        JsonObject made = csv(admin, u, units).json();
        assertEquals(3, made.getInt("created"), made.toString());
        assertEquals(0, csv(admin, u, units).json().getInt("created"), "a second import creates nothing");
        assertEquals(3, anon().get(u + "?under=import-street").json().getInt("total"));
        Http.Answer wrong = csv(
                admin,
                u,
                "code,level,name,parent\n" + "v1,village,错层级,import-street/import-community/import-grid\n"
                        + "x2,grid,无上级,import-street/nowhere\n" + "Bad Code,grid,坏编码,import-street\n");
        assertEquals(422, wrong.status(), wrong.body());
        assertEquals(3, wrong.json().getJsonArray("errors").size(), wrong.body());
        assertEquals(403, csv(as(Who.STREET_STAFF), u, units).status(), "units are the district's to import");
        // the export is a sheet the import reads back: nothing new, the three units renamed in place
        var unitSheet = admin.bytes(u + "/export?under=import-street&format=xlsx");
        assertEquals(200, unitSheet.statusCode());
        List<io.gongzhi.platform.imports.control.Csv.Row> exported =
                io.gongzhi.platform.imports.control.Xlsx.read(new java.io.ByteArrayInputStream(unitSheet.body()));
        assertEquals(List.of("编码", "层级", "名称"), exported.get(0).fields().subList(0, 3));
        assertEquals(4, exported.size(), "the header and three units");
        StringBuilder back = new StringBuilder();
        exported.forEach(r -> back.append(String.join(",", r.fields())).append('\n'));
        JsonObject reimported = csv(admin, u, back.toString()).json();
        assertEquals(0, reimported.getInt("created"), reimported.toString());
        assertEquals(3, reimported.getInt("updated"));

        String o = "api/t/" + T + "/organisations";
        String c = DemoIdentities.COMMUNITY;
        String orgs = "kind,name,unit\nvolunteer-team,导入志愿队," + c + "\nsocial-group,导入协会," + c + "\n";
        Http worker = as(Who.COMMUNITY_STAFF);
        assertEquals(2, csv(worker, o, orgs).json().getInt("created"));
        assertEquals(0, csv(worker, o, orgs).json().getInt("created"));
        Http.Answer badOrgs = csv(
                worker,
                o,
                "kind,name,unit\nfan-club,x," + c + "\nsocial-group,y," + DemoIdentities.STREET + "/other-community\n");
        assertEquals(2, badOrgs.json().getJsonArray("errors").size(), badOrgs.body());
        assertEquals(
                0,
                anon().get("api/t/" + OTHER + "/organisations?under=" + c)
                        .json()
                        .getInt("total"),
                "imported into this tenant only");

        String f = "api/t/" + T + "/facilities";
        String sheet = "名称,单位,办公面积,活动面积,服务户数\n导入服务站," + c + ",120,150,900\n";
        assertEquals(1, csv(worker, f, sheet).json().getInt("created"));
        JsonObject again = csv(worker, f, sheet.replace("120,150", "420,450")).json();
        assertEquals(0, again.getInt("created"));
        assertEquals(1, again.getInt("updated"), "the re-import updates the areas");
        JsonObject facility = as(Who.DISTRICT_ADMIN).get(f + "?under=" + c).array().stream()
                .map(JsonValue::asJsonObject)
                .filter(x -> x.getString("name").equals("导入服务站"))
                .findFirst()
                .orElseThrow();
        assertEquals(420, facility.getJsonNumber("office").intValue());
        assertEquals(
                422,
                csv(worker, f, "name,unit,office,activity\n站," + c + ",-1,abc\n")
                        .status());
    }

    @Test
    @Order(11)
    void aBackgroundImportReportsItsProgressAndItsOutcome() throws InterruptedException {
        demoUnits();
        Http admin = as(Who.DISTRICT_ADMIN);
        StringBuilder file = new StringBuilder("name,unit,care\n");
        for (int i = 0; i < 3000; i++) {
            file.append("居民").append(i).append(',').append(DemoIdentities.GRID).append(",empty-nest\n");
        }
        Http.Answer started = csv(admin, "api/t/" + T + "/residents", file.toString(), "Prefer", "respond-async");
        assertEquals(202, started.status(), started.body());
        String location = java.net.URI.create(started.header("Location")).getPath();
        assertTrue(location.startsWith("/api/t/" + T + "/imports/"), location);
        JsonObject job = started.json();
        for (int i = 0; i < 120 && job.getString("state").equals("RUNNING"); i++) {
            Thread.sleep(250);
            job = admin.get(location.substring(1)).json();
        }
        assertEquals("DONE", job.getString("state"), job.toString());
        assertEquals(100, job.getInt("percent"));
        assertEquals(3000, job.getInt("rowsDone"));
        assertTrue(job.getString("result").contains("3000 created"), job.toString());
        assertEquals(
                3000,
                admin.get("api/t/" + T + "/residents?care=empty-nest").json().getInt("total"));
        assertEquals(404, as(Who.GRID_WORKER).get(location.substring(1)).status(), "only its owner and admins");
        assertEquals(401, as(Who.OTHER_TENANTS_ADMIN).get(location.substring(1)).status());

        Http.Answer bad =
                csv(admin, "api/t/" + T + "/residents", "name,unit\n无单位,nowhere/at-all\n", "Prefer", "respond-async");
        JsonObject refused = bad.json();
        for (int i = 0; i < 120 && refused.getString("state").equals("RUNNING"); i++) {
            Thread.sleep(250);
            refused = admin.get(java.net
                            .URI
                            .create(bad.header("Location"))
                            .getPath()
                            .substring(1))
                    .json();
        }
        assertEquals("REFUSED", refused.getString("state"));
        assertTrue(refused.getJsonArray("errors").getString(0).startsWith("第 2 行"), refused.toString());
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    @Order(16)
    void aHouseholdAndItsMembersMaskedAndScoped() {
        demoUnits();
        Http worker = as(Who.COMMUNITY_STAFF);
        String h = "api/t/" + T + "/households";
        Http.Answer made = worker.post(
                h,
                "{\"code\":\"H-0001\",\"unit\":\"" + DemoIdentities.COMMUNITY
                        + "\",\"address\":\"承德市双滦区钢城街道幸福路8号3单元502\"}");
        assertEquals(201, made.status(), made.body());
        assertEquals(
                409,
                worker.post(h, "{\"code\":\"H-0001\",\"unit\":\"" + DemoIdentities.COMMUNITY + "\"}")
                        .status());
        String member = "{\"name\":\"户主甲\",\"unit\":\"" + DemoIdentities.COMMUNITY
                + "\",\"household\":\"H-0001\",\"phone\":\"13600001111\"}";
        assertEquals(201, worker.post("api/t/" + T + "/residents", member).status());
        JsonObject one = worker.get(h + "/H-0001").json();
        assertEquals("承德市双滦区****", one.getString("address"));
        assertEquals("136****1111", one.getJsonArray("members").getJsonObject(0).getString("phone"));
        Http.Answer elsewhere = as(Who.DISTRICT_ADMIN)
                .post(h, "{\"code\":\"H-0002\",\"unit\":\"" + DemoIdentities.STREET + "/other-community\"}");
        assertEquals(201, elsewhere.status());
        assertEquals(403, worker.get(h + "/H-0002").status());
        long version = one.getJsonNumber("version").longValue();
        String readdress = "{\"address\":\"承德市双滦区钢城街道幸福路9号1单元101\",\"version\":";
        assertEquals(403, worker.put(h + "/H-0002", readdress + "0}").status(), "another community's household");
        assertEquals(
                404,
                anon().asDemo(OTHER, "district-admin")
                        .put("api/t/" + OTHER + "/households/H-0001", readdress + version + "}")
                        .status());
        JsonObject changed =
                worker.put(h + "/H-0001", readdress + version + "}").json();
        assertEquals("承德市双滦区****", changed.getString("address"), "masked in the answer too");
        assertEquals(409, worker.put(h + "/H-0001", readdress + version + "}").status(), "a stale version");
        assertTrue(worker.get(h).json().getJsonArray("items").stream()
                .noneMatch(v -> v.asJsonObject().getString("code").equals("H-0002")));
        assertEquals(
                0,
                anon().asDemo(OTHER, "district-admin")
                        .get("api/t/" + OTHER + "/households")
                        .json()
                        .getInt("total"));
    }

    @Test
    @Order(15)
    void anExcelWorkbookImportsLikeACsvFile() throws Exception {
        demoUnits();
        Http admin = as(Who.DISTRICT_ADMIN);
        byte[] workbook;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var s = wb.createSheet("居民");
            String[][] cells = {
                {"姓名", "电话", "单位", "关爱类别"},
                {"钱芳", "13700001111", DemoIdentities.GRID, "disabled"},
                {"孙强", "13700002222", DemoIdentities.GRID, "disabled；veteran"}
            };
            for (int r = 0; r < cells.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            wb.write(out);
            workbook = out.toByteArray();
        }
        Http.Answer done = admin.send(
                HttpRequest.newBuilder(admin.base().resolve("api/t/" + T + "/residents/import"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)),
                "Content-Type",
                XLSX);
        assertEquals(200, done.status(), done.body());
        assertEquals(2, done.json().getInt("created"));
        assertEquals(
                1, admin.get("api/t/" + T + "/residents?care=veteran").json().getInt("total"));
        Http.Answer garbage = admin.send(
                HttpRequest.newBuilder(admin.base().resolve("api/t/" + T + "/residents/import"))
                        .POST(HttpRequest.BodyPublishers.ofString("姓名,单位")),
                "Content-Type",
                XLSX);
        assertEquals("urn:gongzhi:problem:unreadable-workbook", garbage.json().getString("type"));
    }

    /** POSTs a CSV body to the import of the register at {@code register}. */
    private static Http.Answer csv(Http h, String register, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "text/csv";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return h.send(
                HttpRequest.newBuilder(h.base().resolve(register + "/import"))
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                all);
    }

    @Test
    @Order(12)
    void cadreFiguresAndFacilityComplianceForTheCallersUnits() {
        demoUnits();
        Http admin = as(Who.DISTRICT_ADMIN);
        String other = DemoIdentities.STREET + "/other-community";
        assertEquals(
                201,
                admin.post("api/t/" + T + "/cadres", cadre("刘洋", other, 1995, "bachelor"))
                        .status());
        assertEquals(
                201,
                admin.post("api/t/" + T + "/cadres", cadre("陈静", other, 1970, "senior"))
                        .status());
        assertEquals(
                400,
                admin.post("api/t/" + T + "/cadres", cadre("错误", other, 1970, "phd"))
                        .status());
        JsonObject f = admin.get("api/t/" + T + "/cadres/figures?under=" + other + "&at=2026-06-30")
                .json();
        assertEquals(2, f.getJsonObject("all").getInt("cadres"));
        assertEquals(50.0, f.getJsonObject("all").getJsonNumber("shareUnder35").doubleValue());
        assertEquals(
                50.0, f.getJsonObject("all").getJsonNumber("shareWithDegree").doubleValue());
        assertEquals(43.5, f.getJsonObject("all").getJsonNumber("averageAge").doubleValue());
        Http worker = as(Who.COMMUNITY_STAFF);
        assertTrue(
                worker.get("api/t/" + T + "/cadres").array().stream()
                        .noneMatch(v -> v.asJsonObject().getString("unit").equals(other)),
                "a community worker sees their own community's cadres only");
        assertEquals(
                403, worker.get("api/t/" + T + "/cadres/figures?under=" + other).status());

        assertEquals(
                201,
                admin.post("api/t/" + T + "/facilities", facility("小站", other, 120, 100, 900))
                        .status());
        assertEquals(
                201,
                admin.post("api/t/" + T + "/facilities", facility("大站", other, 450, 500, 2000))
                        .status());
        JsonObject c = admin.get("api/t/" + T + "/facilities/compliance?under=" + other)
                .json();
        assertEquals(2, c.getInt("sites"));
        assertEquals(1, c.getInt("compliant"));
        assertEquals(1, c.getInt("under300"));
        JsonObject shortfall = c.getJsonArray("nonCompliant").getJsonObject(0);
        assertEquals("小站", shortfall.getString("name"));
        assertEquals(
                List.of("office-under-400", "activity-under-400", "under-30-per-100-households"),
                shortfall.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString::getString),
                "220 m² in all, and 900 households need 270 m²: " + shortfall);
        assertEquals(270.0, shortfall.getJsonNumber("required").doubleValue());
        assertEquals(
                400,
                admin.post("api/t/" + T + "/facilities", facility("负数", other, -1, 0, 0))
                        .status());
        assertEquals(
                0,
                anon().asDemo(OTHER, "district-admin")
                        .get("api/t/" + OTHER + "/facilities")
                        .array()
                        .size(),
                "another tenant sees none of them");
    }

    @Test
    @Order(13)
    void organisationsWithMembersAndTermsCountedByKind() {
        demoUnits();
        Http admin = as(Who.DISTRICT_ADMIN);
        String o = "api/t/" + T + "/organisations";
        Http.Answer branch = admin.post(
                o, "{\"kind\":\"party-branch\",\"name\":\"演示社区党支部\",\"unit\":\"" + DemoIdentities.COMMUNITY + "\"}");
        assertEquals(201, branch.status(), branch.body());
        String branchId = branch.json().getString("id");
        long read = branch.json().getJsonNumber("version").longValue();
        String rename = "{\"kind\":\"party-branch\",\"name\":\"演示社区第一党支部\",\"version\":";
        assertEquals(
                404,
                anon().asDemo(OTHER, "district-admin")
                        .put("api/t/" + OTHER + "/organisations/" + branchId, rename + read + "}")
                        .status(),
                "another tenant's administrator cannot reach it");
        Http.Answer renamed = admin.put(o + "/" + branchId, rename + read + "}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("演示社区第一党支部", renamed.json().getString("name"));
        assertEquals(409, admin.put(o + "/" + branchId, rename + read + "}").status(), "a stale version");
        assertEquals(
                201,
                admin.post(
                                o,
                                "{\"kind\":\"party-group\",\"name\":\"第一党小组\",\"unit\":\"" + DemoIdentities.COMMUNITY
                                        + "\",\"parentId\":\"" + branchId + "\"}")
                        .status());
        assertEquals(
                400,
                admin.post(o, "{\"kind\":\"fan-club\",\"name\":\"x\",\"unit\":\"" + DemoIdentities.COMMUNITY + "\"}")
                        .status());
        Http worker = as(Who.COMMUNITY_STAFF);
        assertEquals(
                201,
                worker.post(
                                o + "/" + branchId + "/members",
                                "{\"personName\":\"王书记\",\"role\":\"secretary\",\"termFrom\":\"2021-01-01\",\"termTo\":\"2026-01-01\"}")
                        .status());
        assertEquals(
                400,
                worker.post(
                                o + "/" + branchId + "/members",
                                "{\"personName\":\"错\",\"role\":\"member\",\"termFrom\":\"2021-01-01\",\"termTo\":\"2020-01-01\"}")
                        .status());
        JsonArray members =
                as(Who.PARTY_MEMBER).get(o + "/" + branchId + "/members").array();
        assertEquals("secretary", members.getJsonObject(0).getString("role"));
        JsonObject counts =
                anon().get(o + "/counts?under=" + DemoIdentities.COMMUNITY).json();
        assertTrue(counts.getInt("party-branch") >= 1 && counts.getInt("party-group") >= 1, counts.toString());
        Http.Answer elsewhere = admin.post(
                o,
                "{\"kind\":\"owners-committee\",\"name\":\"业委会\",\"unit\":\"" + DemoIdentities.STREET
                        + "/other-community\"}");
        assertEquals(201, elsewhere.status());
        assertEquals(
                403,
                worker.get(o + "/" + elsewhere.json().getString("id") + "/members")
                        .status(),
                "members of another community's bodies are not this worker's to read");
        JsonObject others =
                anon().get("api/t/" + OTHER + "/organisations/counts").json();
        assertEquals(
                java.util.Set.of("party-committee", "party-branch"),
                others.keySet(),
                "another tenant counts only its own (its demo seed's) bodies: " + others);
        assertEquals(553, others.getInt("party-committee") + others.getInt("party-branch"), others.toString());
        assertEquals(
                0,
                anon().get("api/t/" + OTHER + "/organisations?under=" + DemoIdentities.COMMUNITY)
                        .json()
                        .getInt("total"),
                "nothing of this tenant's under the other's unit of the same path");
    }

    @Test
    @Order(14)
    void admissionFilingPutsAnAdmittedTaskOnTheAssistedListWithItsFunding() {
        Http admin = as(Who.DISTRICT_ADMIN);
        String a = "api/t/" + T + "/admissions";
        JsonObject filed = as(Who.STREET_STAFF)
                .post(
                        a,
                        "{\"department\":\"区卫健局\",\"title\":\"家庭医生签约入户宣传\",\"basis\":\"区政府2026年第3号文\",\"funding\":20000}")
                .json();
        assertEquals("SUBMITTED", filed.getString("state"));
        String id = filed.getString("id");
        assertEquals(
                409, admin.post(a + "/" + id + "/decide", "{\"admit\":true}").status(), "review comes first");
        assertEquals("REVIEWED", admin.post(a + "/" + id + "/review", "").json().getString("state"));
        assertEquals(
                400, admin.post(a + "/" + id + "/decide", "{\"admit\":false}").status(), "a refusal needs its reason");
        JsonObject admitted =
                admin.post(a + "/" + id + "/decide", "{\"admit\":true}").json();
        assertEquals("ADMITTED", admitted.getString("state"));
        assertEquals(
                409,
                admin.post(a + "/" + id + "/decide", "{\"admit\":false,\"reason\":\"改主意\"}")
                        .status());
        JsonObject duty = anon().get("api/t/" + T + "/duties?list=ASSISTED").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> id.equals(d.getString("admissionId", null)))
                .findFirst()
                .orElseThrow();
        assertEquals("区卫健局", duty.getString("department"));
        assertEquals(20000, duty.getJsonNumber("funding").intValue(), "the funding follows the task");
        assertEquals(
                400,
                admin.post(a, "{\"department\":\"x\",\"title\":\"y\",\"funding\":-1}")
                        .status());
        assertTrue(anon().get("api/t/" + OTHER + "/duties").array().isEmpty(), "another tenant's lists are its own");
    }

    static String cadre(String name, String unit, int born, String education) {
        return "{\"name\":\"" + name + "\",\"unit\":\"" + unit + "\",\"post\":\"member\",\"birthDate\":\"" + born
                + "-03-01\",\"education\":\"" + education + "\"}";
    }

    static String facility(String name, String unit, int office, int activity, int households) {
        return "{\"name\":\"" + name + "\",\"unit\":\"" + unit + "\",\"office\":" + office + ",\"activity\":" + activity
                + ",\"households\":" + households + "}";
    }

    static final String ID_1 = "11010519491231002X";
    static final String ID_2 = "110105198001010016";

    /** The demo users' units as real units of the tenant's hierarchy (idempotent). */
    private void demoUnits() {
        Http admin = as(Who.DISTRICT_ADMIN);
        String u = "api/t/" + T + "/units";
        admin.post(
                u, "{\"code\":\"demo-street\",\"level\":\"street\",\"nameZh\":\"演示街道\",\"validFrom\":\"2000-01-01\"}");
        admin.post(
                u,
                "{\"code\":\"demo-community\",\"level\":\"community\",\"nameZh\":\"演示社区\",\"parent\":\"demo-street\",\"validFrom\":\"2000-01-01\"}");
        admin.post(
                u,
                "{\"code\":\"other-community\",\"level\":\"community\",\"nameZh\":\"另一社区\",\"parent\":\"demo-street\",\"validFrom\":\"2000-01-01\"}");
        admin.post(
                u,
                "{\"code\":\"demo-grid\",\"level\":\"grid\",\"nameZh\":\"演示网格\",\"parent\":\"demo-street/demo-community\",\"validFrom\":\"2000-01-01\"}");
        assertEquals(1, anon().get(u + "?under=" + DemoIdentities.GRID).json().getInt("total"));
    }

    static String resident(String name, String idNumber, String unit, Long version) {
        return "{\"name\":\"" + name + "\",\"unit\":\"" + unit + "\",\"phone\":\"13912345678\","
                + "\"address\":\"承德市双滦区钢城街道幸福路8号3单元502\",\"care\":[\"elderly\"]"
                + (idNumber == null ? "" : ",\"idNumber\":\"" + idNumber + "\"")
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    // ---------------------------------------------------------------------------------------------

    /** The two import methods of a register: a CSV with a bad row, a file that is no workbook. */
    private void importRows(List<Row> rows, String type, String path, Set<Who> allowed) {
        rows.add(tenantRow(
                type + "#importCsv",
                h -> h.send(
                        HttpRequest.newBuilder(h.base().resolve(path))
                                .POST(HttpRequest.BodyPublishers.ofString("name,unit\n,nowhere\n")),
                        "Content-Type",
                        "text/csv"),
                allowed));
        rows.add(tenantRow(
                type + "#importXlsx",
                h -> h.send(
                        HttpRequest.newBuilder(h.base().resolve(path))
                                .POST(HttpRequest.BodyPublishers.ofString("not a workbook")),
                        "Content-Type",
                        XLSX),
                allowed));
    }

    private Row publicRow(String method, Function<Http, Http.Answer> call) {
        // on a tenant's path a token from another realm is refused even where no token is needed
        boolean tenantPath = !method.endsWith("#directory")
                && !method.endsWith("#site")
                && !method.startsWith("UiTextResource#")
                && !method.startsWith("OperatorIdentityResource#");
        return new Row(
                method,
                call,
                cells(w -> tenantPath && (w == Who.OPERATOR || w == Who.OTHER_TENANTS_ADMIN)
                        ? Cell.DENY_401
                        : Cell.ALLOW));
    }

    private Row tenantRow(String method, Function<Http, Http.Answer> call, Set<Who> allowed) {
        return new Row(method, call, cells(w -> switch (w) {
            case ANONYMOUS, OPERATOR, OTHER_TENANTS_ADMIN -> Cell.DENY_401;
            default -> allowed.contains(w) ? Cell.ALLOW : Cell.DENY_403;
        }));
    }

    private Row operatorRow(String method, Function<Http, Http.Answer> call) {
        return new Row(method, call, cells(w -> switch (w) {
            case ANONYMOUS -> Cell.DENY_401;
            case OPERATOR -> Cell.ALLOW;
            default -> Cell.DENY_403;
        }));
    }

    private static Map<Who, Cell> cells(Function<Who, Cell> rule) {
        Map<Who, Cell> cells = new EnumMap<>(Who.class);
        for (Who w : Who.values()) {
            cells.put(w, rule.apply(w));
        }
        return cells;
    }

    private long version(String code) {
        return anon().get("api/t/" + T + "/notices/" + code)
                .json()
                .getJsonNumber("version")
                .longValue();
    }

    private String freshNotice() {
        String code = "M-DEL-" + System.nanoTime();
        Http.Answer a = as(Who.DISTRICT_ADMIN).post("api/t/" + T + "/notices", notice(code, COMMUNITY, null));
        assertEquals(201, a.status(), a.body());
        return code;
    }

    static String notice(String code, String unit, Long version) {
        return "{\"code\":\"" + code + "\",\"kind\":\"AFFAIRS\",\"title\":\"title " + code
                + "\",\"body\":\"居务公开\"" + (unit == null ? "" : ",\"unit\":\"" + unit + "\"")
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static List<Class<?>> resourceClasses() throws IOException {
        Path classes = Path.of("target", "classes");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$")) {
                    continue;
                }
                try {
                    Class<?> c = Class.forName(name, false, AccessIT.class.getClassLoader());
                    if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                        out.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable outside the server: cannot be a resource of ours
                }
            }
        }
        return out;
    }
}
