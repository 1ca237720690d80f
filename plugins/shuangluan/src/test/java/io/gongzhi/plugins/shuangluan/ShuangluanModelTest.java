package io.gongzhi.plugins.shuangluan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.spi.model.CaseCategory;
import io.gongzhi.spi.model.CaseFacts;
import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.spi.model.Procedure;
import io.gongzhi.spi.model.Role;
import io.gongzhi.spi.model.RoutingTier;
import io.gongzhi.testkit.ModelValidator;
import io.gongzhi.testkit.ProcedureWalk;
import io.gongzhi.testkit.RoutingSimulator;
import io.gongzhi.testkit.TestPlatformContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Shuangluan model against its field report (seed 004), with the platform's own testkit. */
class ShuangluanModelTest {

    final GovernanceModel model = new ShuangluanModel().model();
    final RoutingSimulator routing = new RoutingSimulator(model, new ShuangluanRouter());

    @Test
    void theModelIsValid() {
        ModelValidator.assertValid(model);
        assertEquals("shuangluan", model.id());
        assertSame(model, new ShuangluanModel().model(), "built once, shared");
    }

    @Test
    void theHierarchyRunsFromTheDistrictToTheBuildingWithGridsOverCommunities() {
        assertEquals(
                List.of("district", "street", "town", "community", "village", "compound", "building", "grid"),
                model.levels().stream().map(l -> l.code()).toList());
        var grid = model.levels().stream()
                .filter(l -> l.code().equals("grid"))
                .findFirst()
                .orElseThrow();
        assertTrue(grid.overlay());
    }

    @Test
    void theGridTeamHasTheOnePlusOnePlusXPlusYRoles() {
        Map<String, String> platformRole =
                model.roles().stream().collect(Collectors.toMap(Role::code, Role::platformRole));
        assertEquals("street-staff", platformRole.get("grid-instructor"), "1: a street leader per community");
        assertEquals("community-staff", platformRole.get("grid-leader"), "1: a community cadre per compound");
        for (String partTime : List.of(
                "grid-branch-secretary",
                "building-leader",
                "unit-leader",
                "property-staff",
                "party-member",
                "in-service-party-member")) {
            assertTrue(platformRole.containsKey(partTime), partTime);
        }
        for (String other : List.of(
                "community-secretary",
                "committee-director",
                "grid-worker",
                "online-building-leader",
                "owners-committee-chair",
                "property-manager",
                "dispatcher",
                "street-staff",
                "resident")) {
            assertTrue(platformRole.containsKey(other), other);
        }
    }

    @Test
    void theThreeTierEventPlatformSitsAboveTheGrid() {
        assertEquals(
                List.of("grid", "community", "street-or-department", "district-command-centre"),
                model.tiers().stream().map(RoutingTier::code).toList());
        assertEquals(
                List.of(1, 2, 3, 4),
                model.tiers().stream().map(RoutingTier::rank).toList());
    }

    // "小事不出網格、大事不出社區": a grid worker's report, at a place in a community
    private String firstTier(String category) {
        return routing.route(new CaseFacts(category, "shuangan", "community", "grid-worker"))
                .tier();
    }

    @Test
    void illegalParkingIsSettledInTheGrid() {
        assertEquals("grid", firstTier("illegal-parking"));
    }

    @Test
    void poorSanitationIsSettledInTheGrid() {
        assertEquals("grid", firstTier("poor-sanitation"));
    }

    @Test
    void disputesAreSettledInTheGrid() {
        assertEquals("grid", firstTier("dispute"));
    }

    @Test
    void damagedInfrastructureGoesToTheCommunityPlatform() {
        assertEquals("community", firstTier("damaged-infrastructure"));
    }

    @Test
    void illegalStructuresGoToTheCommunityPlatform() {
        assertEquals("community", firstTier("illegal-structure"));
    }

    @Test
    void propertyServiceProblemsGoToTheCommunityPlatform() {
        assertEquals("community", firstTier("property-service"));
    }

    @Test
    void everyCategoryIsAsserted() {
        assertEquals(
                Set.of(
                        "illegal-parking",
                        "poor-sanitation",
                        "dispute",
                        "damaged-infrastructure",
                        "illegal-structure",
                        "property-service"),
                model.categories().stream().map(CaseCategory::code).collect(Collectors.toSet()));
    }

    @Test
    void aResidentsPhotoReportFromInsideAGridIsReviewedByItsGridWorkerFirst() {
        for (String level : List.of("grid", "compound", "building")) {
            assertEquals(
                    "grid",
                    routing.route(new CaseFacts("damaged-infrastructure", "anshun-leju", level, "resident"))
                            .tier(),
                    level);
        }
        assertEquals(
                "grid",
                routing.route(new CaseFacts("illegal-structure", "anshun-leju", "compound", "resident"))
                        .tier());
        assertEquals(
                "community",
                routing.route(new CaseFacts("damaged-infrastructure", "anshun-leju", "compound", "grid-worker"))
                        .tier(),
                "a grid worker's own report goes where the category says");
    }

    @Test
    void whatNoCommunityCoversGoesToTheStreetOrDepartmentPlatform() {
        assertEquals(
                "street-or-department",
                routing.route(new CaseFacts("damaged-infrastructure", "yuanbaoshan", "street", "resident"))
                        .tier(),
                "a damaged road");
        assertEquals(
                "street-or-department",
                routing.route(new CaseFacts("illegal-parking", "shuangluan", "district", "grid-worker"))
                        .tier());
        assertEquals(
                "street-or-department",
                routing.route(new CaseFacts("poor-sanitation", null, "village", "resident"))
                        .tier());
    }

    @Test
    void theRouterLeavesTheRestToTheDeclaredTier() {
        ShuangluanRouter router = new ShuangluanRouter();
        TestPlatformContext context = new TestPlatformContext("shuangluan");
        assertTrue(router.route(new CaseFacts("dispute", null, null, "resident"), context)
                .isEmpty());
        assertTrue(router.route(new CaseFacts("dispute", "shuangan", "community", "resident"), context)
                .isEmpty());
        assertEquals(
                RoutingSimulator.DECLARED, routing.route("property-service").reason());
    }

    @Test
    void everyCategoryEscalatesUpToTheDistrictCommandCentre() {
        for (CaseCategory c : model.categories()) {
            List<RoutingTier> path = routing.escalationPath(c.code());
            assertEquals("district-command-centre", path.get(path.size() - 1).code(), c.code());
        }
        assertEquals(
                List.of("grid", "community", "street-or-department", "district-command-centre"),
                routing.escalationPath("illegal-parking").stream()
                        .map(RoutingTier::code)
                        .toList());
        assertEquals(
                List.of("community", "street-or-department", "district-command-centre"),
                routing.escalationPath("damaged-infrastructure").stream()
                        .map(RoutingTier::code)
                        .toList());
    }

    @Test
    void theSixGovernancesEachHaveIndicators() {
        assertEquals(
                List.of(
                        "party-leads",
                        "self-governance",
                        "smart-service",
                        "co-governance",
                        "rule-of-law",
                        "culture-virtue"),
                model.dimensions());
        for (String d : model.dimensions()) {
            assertTrue(model.indicators().stream().anyMatch(i -> i.dimension().equals(d)), d);
        }
    }

    @Test
    void theDemoFiguresAreTheReports() {
        Map<String, BigDecimal> f = model.demo().figures();
        Map<String, Integer> seed = Map.ofEntries(
                Map.entry("streets", 3),
                Map.entry("towns", 6),
                Map.entry("communities", 28),
                Map.entry("villages", 63),
                Map.entry("population", 200_000),
                Map.entry("area_km2", 451),
                Map.entry("cases.reported", 1090),
                Map.entry("cases.closed", 1090),
                Map.entry("services.proxy-appointment.requested", 895),
                Map.entry("projects.agreed", 75),
                Map.entry("projects.done", 42),
                Map.entry("party_members.registered", 1580),
                Map.entry("organisations.registered", 52),
                Map.entry("building_leaders.online", 1188),
                Map.entry("training.trained", 684),
                Map.entry("training.employed", 473),
                Map.entry("teams.grid", 69));
        seed.forEach((k, v) -> assertEquals(0, BigDecimal.valueOf(v).compareTo(f.get(k)), k));
    }

    @Test
    void everyIndicatorFormulaNamesDemoFiguresOrPlatformCounts() {
        Set<String> figures = model.demo().figures().keySet();
        for (var i : model.indicators()) {
            for (String operand : i.formula().split(" / ")) {
                assertTrue(
                        figures.contains(operand)
                                || operand.startsWith("procedures.")
                                || operand.startsWith("cases.")
                                || operand.startsWith("volunteering."),
                        i.code() + ": " + operand);
            }
        }
    }

    @Test
    void everyNamedUnitAppearsInTheReport() throws IOException {
        // the report is in traditional characters; the model in simplified
        Map<String, String> traditional = Map.of(
                "双滦区", "雙灤區",
                "元宝山街道", "元寶山街道",
                "钢城街道", "鋼城街道",
                "双安社区", "雙安社區",
                "安顺乐居", "安順樂居",
                "御祥园社区", "御祥園社區",
                "行宫社区", "行宮社區",
                "输送机社区", "輸送機社區");
        assertEquals(traditional.size(), model.demo().units().size());
        traditional
                .keySet()
                .forEach(simplified -> assertTrue(
                        model.demo().units().stream()
                                .anyMatch(u -> u.name().zh().startsWith(simplified)),
                        simplified));
        Path report = Path.of("../../../shared/seeds/004_93ae1065f118dc25.txt");
        if (Files.exists(report)) { // the seeds live beside the repository on the team's machines
            String text = Files.readString(report, StandardCharsets.UTF_8);
            traditional.values().forEach(trad -> assertTrue(text.contains(trad), trad + " is in the report"));
        }
    }

    private Procedure procedure(String code) {
        return model.procedures().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void fiveMattersRunFromTheListsToPublication() {
        Procedure p = procedure("five-matters");
        ProcedureWalk passed = ProcedureWalk.start(p)
                .step("lists", 15, 15, 0, 0)
                .step("deliberate", 15, 12, 0, 0)
                .step("decide", 15, 12, 9, 12)
                .step("claim", 15, 15, 0, 0)
                .step("handle", 10, 10, 0, 0)
                .step("publish", 7, 7, 0, 0);
        assertTrue(passed.passed());
        assertEquals(List.of("decide", "publish"), passed.published());
        ProcedureWalk split = ProcedureWalk.start(p)
                .step("lists", 15, 15, 0, 0)
                .step("deliberate", 15, 12, 0, 0)
                .step("decide", 15, 12, 6, 12);
        assertEquals("decide", split.failedAt().orElseThrow(), "half is not a majority");
    }

    @Test
    void threePartyLinkageNeedsTheOwnersVote() {
        Procedure p = procedure("three-party");
        ProcedureWalk passed = ProcedureWalk.start(p)
                .step("lead", 9, 9, 0, 0)
                .step("organise", 7, 7, 0, 0)
                .step("owners-vote", 300, 210, 150, 210)
                .step("execute", 5, 5, 0, 0);
        assertTrue(passed.passed());
        assertEquals(List.of("organise", "owners-vote", "execute"), passed.published());
        ProcedureWalk noQuorum = ProcedureWalk.start(p)
                .step("lead", 9, 9, 0, 0)
                .step("organise", 7, 7, 0, 0)
                .step("owners-vote", 300, 150, 150, 150);
        assertFalse(noQuorum.passed());
        assertEquals("owners-vote", noQuorum.failedAt().orElseThrow());
    }

    @Test
    void proxyAppointmentsAreOnTheMenuAndInThePortal() {
        assertTrue(model.services().stream().anyMatch(s -> s.code().equals("proxy-appointment") && s.proxy()));
        assertTrue(model.portal().stream()
                .anyMatch(s -> s.kind().equals("services") && s.name().zh().equals("预约代办")));
        assertTrue(model.portal().stream().anyMatch(s -> s.kind().equals("report")));
    }

    @Test
    void theExtensionIndexListsBothExtensions() throws IOException {
        // written by PF4J's annotation processor; without it PF4J finds no extension in the jar
        Path idx = Path.of("target/classes/META-INF/extensions.idx");
        assertTrue(Files.exists(idx), "compile with <proc>full</proc>: " + idx.toAbsolutePath());
        List<String> lines = Files.readAllLines(idx, StandardCharsets.UTF_8);
        assertTrue(lines.contains(ShuangluanModel.class.getName()), lines.toString());
        assertTrue(lines.contains(ShuangluanRouter.class.getName()), lines.toString());
    }
}
