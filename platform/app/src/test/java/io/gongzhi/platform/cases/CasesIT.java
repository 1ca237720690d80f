package io.gongzhi.platform.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.platform.identity.control.DemoIdentities;
import io.gongzhi.platform.testsupport.DemoPlaces;
import io.gongzhi.platform.testsupport.Deployments;
import io.gongzhi.platform.testsupport.Http;
import io.gongzhi.platform.testsupport.PhotoCorpus;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cases in Shuangluan over HTTP, as its people use them: a resident's report through its whole life
 * with every role's part, routing of every category of the plugin, idempotent submission under
 * retries, two handlers at once, escalation and dispatch, and another tenant that sees nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CasesIT {

    static final String T = "shuangluan";
    static final String C = "api/t/" + T + "/cases";
    static final String GRID = DemoIdentities.GRID;
    static final String COMMUNITY = DemoIdentities.COMMUNITY;
    static final String STREET = DemoIdentities.STREET;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    Http as(String user) {
        return new Http(base).asDemo(T, user);
    }

    @BeforeEach
    void theDemoUsersUnits() {
        DemoPlaces.importInto(as("district-admin"), T);
    }

    static String report(String category, String unit) {
        return "{\"category\":\"" + category + "\",\"description\":\"楼下有车堵住消防通道\",\"unit\":\"" + unit + "\"}";
    }

    static Http.Answer post(Http h, String body, String key) {
        return h.send(
                HttpRequest.newBuilder(h.base().resolve(C)).POST(HttpRequest.BodyPublishers.ofString(body)),
                "Content-Type",
                "application/json",
                "Idempotency-Key",
                key);
    }

    static Http.Answer act(Http h, JsonObject c, String action, String extra) {
        return h.post(
                C + "/" + c.getString("id") + "/" + action,
                "{\"version\":" + c.getJsonNumber("version").longValue() + (extra == null ? "" : "," + extra) + "}");
    }

    static String key() {
        return "k-" + UUID.randomUUID();
    }

    @Test
    void aResidentsReportFromReportToRatingAndReopening() {
        Http resident = as("resident");
        Http grid = as("grid-worker");
        Http community = as("community-staff");
        Http.Answer made = post(resident, report("illegal-parking", GRID), key());
        assertEquals(201, made.status(), made.body());
        JsonObject c = made.json();
        assertEquals("DISPATCHED", c.getString("state"));
        assertEquals("grid", c.getString("tier"), "a resident's photo report goes to the grid worker first");
        assertEquals(GRID, c.getString("handlerUnit"));
        assertNotNull(c.getString("dueAt"), "eight working hours from now");
        assertTrue(c.getBoolean("mine"));
        assertEquals(List.of(), strings(c, "actions"), "the reporter has nothing to do yet");

        assertEquals(403, act(community, c, "take", null).status(), "community staff are not the grid's handler");
        // a neighbour who saw it among the nearby cases follows it rather than reporting it again
        Http neighbour = as("party-member");
        String follow = C + "/" + c.getString("id") + "/follow";
        assertEquals(204, neighbour.post(follow, "").status());
        assertEquals(204, neighbour.post(follow, "").status(), "following twice is following once");
        assertEquals(
                404,
                new Http(base)
                        .asDemo("jianye", "party-member")
                        .post("api/t/jianye/cases/" + c.getString("id") + "/follow", "")
                        .status(),
                "not from another tenant");
        assertEquals(404, as("party-member").get(C + "/" + c.getString("id")).status(), "not someone else's");
        JsonObject seen = grid.get(C + "/" + c.getString("id")).json();
        assertEquals(List.of("take", "escalate"), strings(seen, "actions"));
        assertTrue(
                grid.get(C).json().getJsonArray("items").stream()
                        .anyMatch(v -> v.asJsonObject().getString("id").equals(c.getString("id"))),
                "in the grid worker's queue");

        assertTrue(
                waitFor(() -> titles(grid).stream().anyMatch(t -> t.contains(c.getString("number")))),
                "the grid worker is told of the new case: " + titles(grid));
        assertTrue(titles(community).stream().noneMatch(t -> t.contains(c.getString("number"))), "not the community");
        JsonObject taken = act(grid, seen, "take", null).json();
        assertEquals("IN_PROGRESS", taken.getString("state"));
        assertEquals(400, act(grid, taken, "resolve", null).status(), "what was done must be said");
        JsonObject resolved =
                act(grid, taken, "resolve", "\"note\":\"已联系车主挪车\"").json();
        assertEquals("RESOLVED", resolved.getString("state"));
        assertEquals("grid", resolved.getString("settledTier"), "小事不出网格");
        assertEquals(403, act(grid, resolved, "close", null).status(), "a handler does not verify their own work");
        JsonObject before =
                as("district-admin").get(C + "/indicators?under=" + STREET).json();
        JsonObject closed = act(community, resolved, "close", null).json();
        assertEquals("CLOSED", closed.getString("state"));
        JsonObject after =
                as("district-admin").get(C + "/indicators?under=" + STREET).json();
        assertEquals(
                before.getJsonObject("all").getInt("closed") + 1,
                after.getJsonObject("all").getInt("closed"),
                "the closure counts on the dashboard moves");
        assertTrue(after.getJsonObject("byUnit").containsKey(COMMUNITY), after.toString());
        assertEquals(403, grid.get(C + "/indicators?under=" + STREET).status(), "the street is not the grid's");

        assertTrue(
                waitFor(() -> titles(resident).stream()
                        .anyMatch(t -> t.contains("请评价") && t.contains(c.getString("number")))),
                "the reporter is asked to rate it: " + titles(resident));
        assertTrue(
                waitFor(() -> titles(neighbour).stream()
                                .filter(t -> t.contains("您关注的问题已解决") && t.contains(c.getString("number")))
                                .count()
                        == 1),
                "the follower is told once: " + titles(neighbour));
        assertEquals(404, neighbour.post(follow, "").status(), "a closed case is not followed any more");
        JsonObject mine = resident.get(C + "/" + c.getString("id")).json();
        assertEquals(List.of("rate", "reopen"), strings(mine, "actions"));
        JsonObject rated = act(resident, mine, "rate", "\"rating\":2,\"comment\":\"车又停回来了\"")
                .json();
        assertEquals(2, rated.getInt("rating"));
        assertEquals(409, act(resident, rated, "rate", "\"rating\":5").status(), "rated once");
        assertEquals(400, act(resident, rated, "reopen", null).status(), "a reason is needed");
        JsonObject reopened =
                act(resident, rated, "reopen", "\"note\":\"问题没有解决\"").json();
        assertEquals("DISPATCHED", reopened.getString("state"));
        assertEquals(1, reopened.getInt("reopened"));
        assertEquals(GRID, reopened.getString("handlerUnit"));
        List<String> steps = reopened.getJsonArray("history").stream()
                .map(v -> v.asJsonObject().getString("action"))
                .toList();
        assertEquals(List.of("report", "take", "resolve", "close", "rate", "reopen"), steps);
        assertEquals(
                "报告人 / reporter",
                reopened.getJsonArray("history").getJsonObject(0).getString("actor"));
        assertTrue(resident.get(C + "/mine").json().getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getString("id").equals(c.getString("id"))));
    }

    @Test
    void everyShuangluanCategoryGoesToItsTier() {
        Http grid = as("grid-worker");
        JsonObject model = as("resident").get("api/t/" + T + "/model").json();
        int n = 0;
        for (JsonValue v : model.getJsonArray("categories")) {
            JsonObject category = v.asJsonObject();
            String code = category.getString("code");
            // a grid worker's own report: the category's first tier (the router leaves it)
            JsonObject c = post(grid, report(code, GRID), key()).json();
            String tier = category.getString("firstTier");
            assertEquals(tier, c.getString("tier"), code);
            assertEquals(tier.equals("grid") ? GRID : COMMUNITY, c.getString("handlerUnit"), code);
            n++;
        }
        assertEquals(6, n);
        // the router: a place without a community platform goes to the street platform
        List<String> tiers = model.getJsonArray("tiers").stream()
                .map(v -> v.asJsonObject().getString("code"))
                .toList(); // grid, community, street or department, command centre
        JsonObject atStreet =
                post(as("resident"), report("dispute", STREET), key()).json();
        assertEquals(tiers.get(2), atStreet.getString("tier"));
        assertEquals(STREET, atStreet.getString("handlerUnit"));
        // coordinates only: the command centre dispatches
        JsonObject nowhere = post(
                        as("resident"),
                        "{\"category\":\"poor-sanitation\",\"description\":\"垃圾堆积\",\"latitude\":40.96,\"longitude\":117.79}",
                        key())
                .json();
        assertEquals(tiers.get(3), nowhere.getString("tier"));
        assertTrue(!nowhere.containsKey("handlerUnit"), "handled district-wide: " + nowhere);
        JsonObject dispatched = act(
                        as("command-centre"),
                        nowhere,
                        "dispatch",
                        "\"tier\":\"community\",\"unit\":\"" + COMMUNITY + "\"")
                .json();
        assertEquals(COMMUNITY, dispatched.getString("handlerUnit"));
        assertEquals(400, post(as("resident"), report("fireworks", GRID), key()).status(), "unknown category");
    }

    @Test
    void aThousandRetriesOfOneKeyMakeOneCase() throws Exception {
        Http resident = as("resident");
        String k = key();
        String body = report("poor-sanitation", GRID).replace("楼下有车堵住消防通道", "垃圾没人清 " + k);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            answers.add(pool.submit(() -> post(resident, body, k)));
        }
        Set<String> ids = Collections.synchronizedSet(new HashSet<>());
        int created = 0;
        int conflicts = 0;
        for (Future<Http.Answer> f : answers) {
            Http.Answer a = f.get();
            switch (a.status()) {
                case 201 -> created++;
                case 200 -> ids.add(a.json().getString("id"));
                case 409 -> conflicts++;
                default -> throw new AssertionError(a.status() + " " + a.body());
            }
        }
        pool.shutdown();
        System.out.printf(
                "1,000 submissions of one key: %d created, %d answered with it, %d raced (409)%n",
                created, 1000 - created - conflicts, conflicts);
        assertEquals(1, created, "exactly one case made");
        assertTrue(ids.size() <= 1, "every retry answers the same case: " + ids);
        long withKey = resident.get(C + "/mine?limit=200").json().getJsonArray("items").stream()
                .filter(v -> v.asJsonObject().getString("description").equals("垃圾没人清 " + k))
                .count();
        assertEquals(1, withKey);
        assertEquals(422, post(resident, report("dispute", GRID), k).status(), "the same key, another report");
        assertEquals(400, post(resident, body, "short").status(), "a key too short to be unique");
    }

    @Test
    void twoHandlersAtOnceOneWins() throws Exception {
        JsonObject c =
                post(as("resident"), report("illegal-parking", GRID), key()).json();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Http.Answer> one = pool.submit(() -> act(as("grid-worker"), c, "take", null));
        Future<Http.Answer> two = pool.submit(() -> act(as("grid-worker"), c, "take", null));
        List<Integer> statuses =
                new ArrayList<>(List.of(one.get().status(), two.get().status()));
        pool.shutdown();
        Collections.sort(statuses);
        assertEquals(List.of(200, 409), statuses, "exactly one wins");
        JsonObject after = as("grid-worker").get(C + "/" + c.getString("id")).json();
        assertEquals(2, after.getJsonArray("history").size(), "one step written, not two");
    }

    @Test
    void escalationMovesUpATierAndTheNextHandlerTakesIt() {
        JsonObject c = post(as("resident"), report("dispute", GRID), key()).json();
        JsonObject up =
                act(as("grid-worker"), c, "escalate", "\"note\":\"涉及多户，需社区调解\"").json();
        assertEquals("community", up.getString("tier"));
        assertEquals(COMMUNITY, up.getString("handlerUnit"));
        assertEquals(1, up.getInt("escalations"));
        assertEquals(403, act(as("grid-worker"), up, "take", null).status(), "no longer the grid's");
        assertEquals(
                "IN_PROGRESS",
                act(as("community-staff"), up, "take", null).json().getString("state"));
    }

    @Test
    void anotherTenantSeesNoneOfIt() {
        JsonObject c =
                post(as("resident"), report("illegal-parking", GRID), key()).json();
        Http jianye = new Http(base).asDemo("jianye", "district-admin");
        assertEquals(404, jianye.get("api/t/jianye/cases/" + c.getString("id")).status());
        assertEquals(0, jianye.get("api/t/jianye/cases").json().getInt("total"));
        assertEquals(401, jianye.get(C + "/" + c.getString("id")).status(), "its token is not Shuangluan's");
        assertEquals(
                404,
                jianye.post("api/t/jianye/cases/" + c.getString("id") + "/take", "{\"version\":0}")
                        .status());
    }

    @Test
    void photosAreJudgedByTheirContentStrippedAndShownOnlyToThoseWhoSeeTheCase() throws Exception {
        Http resident = as("resident");
        JsonObject c = post(resident, report("poor-sanitation", GRID), key()).json();
        String photos = C + "/" + c.getString("id") + "/photos";
        java.nio.file.Path stored = java.nio.file.Path.of("target", "it-data", "photos", T);
        long before = files(stored);
        Http.Answer good = photo(resident, photos, PhotoCorpus.jpegWithExif(), "image/jpeg", "IMG_0001.jpg");
        assertEquals(201, good.status(), good.body());
        // the bad ones: refused, each with its reason, nothing stored
        assertEquals(
                415,
                photo(resident, photos, PhotoCorpus.htmlNamedJpg(), "image/jpeg", "photo.jpg")
                        .status());
        assertEquals(
                422,
                photo(resident, photos, PhotoCorpus.truncatedJpeg(), "image/jpeg", null)
                        .status());
        Http.Answer bomb = photo(resident, photos, PhotoCorpus.decompressionBomb(), "image/png", null);
        assertEquals(422, bomb.status());
        assertTrue(bomb.json().getString("detail").contains("60,000×60,000"), bomb.body());
        assertEquals(
                413,
                photo(resident, photos, PhotoCorpus.huge(50), "image/jpeg", null)
                        .status());
        Http.Answer traversal =
                photo(resident, photos, PhotoCorpus.jpegWithExif(), "image/jpeg", "../../../etc/cron.d/x.jpg");
        assertEquals(400, traversal.status());
        assertTrue(traversal.contentType().startsWith("application/problem+json"));
        assertEquals(1, resident.get(photos).array().size(), "only the good photo");
        assertEquals(before + 1, files(stored), "one file stored, under the tenant");

        String url =
                resident.get(photos).array().getJsonObject(0).getString("url").substring(1);
        var image = resident.bytes(url);
        assertEquals(200, image.statusCode());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElse(""));
        String bytes = new String(image.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(!bytes.contains(PhotoCorpus.SECRET) && !bytes.contains("Exif"), "the EXIF is gone");
        assertEquals(200, as("grid-worker").bytes(url).statusCode(), "the handler sees it");
        assertEquals(404, as("party-member").bytes(url).statusCode(), "someone else does not");
        assertEquals(
                404,
                new Http(base)
                        .asDemo("jianye", "district-admin")
                        .bytes(url.replace("/t/" + T + "/", "/t/jianye/"))
                        .statusCode(),
                "nor another tenant");
        assertEquals(
                403,
                photo(as("community-staff"), photos, PhotoCorpus.png(), "image/png", null)
                        .status(),
                "not the handler, not the reporter");
    }

    private static Http.Answer photo(Http h, String path, byte[] body, String type, String name) {
        HttpRequest.Builder r =
                HttpRequest.newBuilder(h.base().resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return name == null ? h.send(r, "Content-Type", type) : h.send(r, "Content-Type", type, "X-File-Name", name);
    }

    private static long files(java.nio.file.Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return 0;
        }
        try (var s = java.nio.file.Files.list(dir)) {
            return s.filter(f -> !f.getFileName().toString().startsWith(".")).count();
        }
    }

    @Test
    void open311ClientsListServicesPostAndReadRequestsInJsonAndXml() throws Exception {
        String o = "api/t/" + T + "/open311/v2/";
        Http anon = new Http(base);
        assertEquals(200, anon.get(o + "discovery.json").status());
        var services = anon.get(o + "services.json").array();
        assertEquals(6, services.size());
        assertTrue(services.stream()
                .anyMatch(v -> v.asJsonObject().getString("service_code").equals("illegal-parking")));
        Http.Answer xml = anon.get(o + "services.xml");
        assertTrue(xml.contentType().startsWith("text/xml"));
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("services", doc.getDocumentElement().getTagName());
        assertEquals(6, doc.getElementsByTagName("service").getLength());

        String form = "service_code=damaged-infrastructure&lat=40.9612&long=117.7933&description="
                + java.net.URLEncoder.encode("路灯不亮 " + UUID.randomUUID(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(401, form(anon, o + "requests.json", form).status(), "a bearer token in place of api_key");
        Http.Answer made = form(as("resident"), o + "requests.json", form);
        assertEquals(201, made.status(), made.body());
        String id = made.array().getJsonObject(0).getString("service_request_id");
        Http.Answer again = form(as("resident"), o + "requests.json", form);
        assertEquals(200, again.status(), "the same request again is the same case");
        assertEquals(id, again.array().getJsonObject(0).getString("service_request_id"));

        JsonObject one = anon.get(o + "requests/" + id + ".json").array().getJsonObject(0);
        assertEquals("open", one.getString("status"));
        assertEquals("damaged-infrastructure", one.getString("service_code"));
        assertTrue(anon.get(o + "requests.json?status=open&service_code=damaged-infrastructure").array().stream()
                .anyMatch(v -> v.asJsonObject().getString("service_request_id").equals(id)));
        assertTrue(anon.get(o + "requests/" + id + ".xml")
                .body()
                .contains("<service_request_id>" + id + "</service_request_id>"));
        assertEquals(400, anon.get(o + "requests.json?status=maybe").status());
        assertEquals(404, anon.get(o + "requests.csv").status());
        assertTrue(
                anon.get("api/t/jianye/open311/v2/requests.json").array().isEmpty(),
                "another tenant lists none of these");
        assertEquals(
                404,
                anon.get("api/t/jianye/open311/v2/requests/" + id + ".json").status());

        // while reporting the same problem nearby, the resident is shown the open case
        var near = as("resident")
                .get(C + "/nearby?category=damaged-infrastructure&latitude=40.9613&longitude=117.7934")
                .array();
        assertTrue(near.stream().anyMatch(v -> v.asJsonObject().getString("id").equals(id)), near.toString());
        assertTrue(near.getJsonObject(0).getInt("metres") < 50);
        assertTrue(
                as("resident")
                        .get(C + "/nearby?category=damaged-infrastructure&latitude=41.2&longitude=117.7934")
                        .array()
                        .isEmpty(),
                "26 km away is not nearby");
    }

    private static Http.Answer form(Http h, String path, String body) {
        return h.send(
                HttpRequest.newBuilder(h.base().resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body)),
                "Content-Type",
                "application/x-www-form-urlencoded");
    }

    @Test
    void theCalendarSetsTheTimeLimits() {
        Http admin = as("district-admin");
        assertEquals(
                200,
                admin.put("api/t/" + T + "/calendar/2027-10-01", "{\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}")
                        .status());
        assertEquals(
                200,
                admin.put("api/t/" + T + "/calendar/2027-10-09", "{\"kind\":\"WORKDAY\",\"name\":\"国庆节调休\"}")
                        .status());
        // Thursday 30 September 2027 16:30 + 1 working day: 1 h that day, Friday 1 October off, the
        // weekend off, 6 h on Monday 4 October (3.5 h to noon, 2.5 h from 14:00)
        JsonObject due = as("resident")
                .get("api/t/" + T + "/calendar/due?amount=1&unit=WORKING_DAYS&from=2027-09-30T16:30")
                .json();
        assertTrue(due.getString("due").startsWith("2027-10-04T16:30"), due.toString());
        assertEquals(
                2,
                as("resident").get("api/t/" + T + "/calendar?year=2027").array().size());
        assertEquals(
                403,
                as("community-staff")
                        .put("api/t/" + T + "/calendar/2027-10-02", "{\"kind\":\"HOLIDAY\"}")
                        .status());
        assertEquals(
                0, new Http(base).get("api/t/jianye/calendar?year=2027").array().size(), "Shuangluan's only");
    }

    private static List<String> titles(Http h) {
        return h.get("api/t/" + T + "/inbox").array().stream()
                .map(v -> v.asJsonObject().getString("title"))
                .toList();
    }

    /** Polls for up to 15 s: the outbox is delivered every second in the tests. */
    private static boolean waitFor(java.util.function.BooleanSupplier condition) {
        for (int i = 0; i < 60; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static List<String> strings(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(jakarta.json.JsonString::getString);
    }
}
