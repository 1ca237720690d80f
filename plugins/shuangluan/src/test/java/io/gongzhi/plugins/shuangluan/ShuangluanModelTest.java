package io.gongzhi.plugins.shuangluan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.spi.model.CaseFacts;
import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.spi.model.RoutingTier;
import io.gongzhi.testkit.ModelValidator;
import io.gongzhi.testkit.ProcedureWalk;
import io.gongzhi.testkit.RoutingSimulator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Shuangluan model against its field report (seed 004), with the platform's own testkit. */
class ShuangluanModelTest {

    final GovernanceModel model = new ShuangluanModel().model();
    final RoutingSimulator routing = new RoutingSimulator(model, new ShuangluanRouter());

    @Test
    void theModelIsValid() {
        ModelValidator.assertValid(model);
        assertEquals("shuangluan", model.id());
    }

    @Test
    void theThreeTierEventPlatformSitsAboveTheGrid() {
        assertEquals(
                List.of("grid", "community", "street-or-department", "district-command-centre"),
                model.tiers().stream().map(RoutingTier::code).toList());
    }

    @Test
    void eachCategoryGoesFirstWhereTheReportsFlowSendsIt() {
        Map<String, String> firstTier = Map.of(
                "illegal-parking", "grid",
                "poor-sanitation", "grid",
                "neighbour-dispute", "grid",
                "damaged-infrastructure", "community",
                "property-service", "community",
                "illegal-structure", "street-or-department");
        assertEquals(
                firstTier.keySet(),
                model.categories().stream().map(c -> c.code()).collect(java.util.stream.Collectors.toSet()));
        firstTier.forEach((category, tier) -> assertEquals(
                tier,
                routing.route(new CaseFacts(category, null, "community", "grid-worker"))
                        .tier(),
                category));
    }

    @Test
    void aResidentsPhotoReportFromInsideAGridIsReviewedByTheGridWorkerFirst() {
        assertEquals(
                "grid",
                routing.route(new CaseFacts("damaged-infrastructure", "anshun-leju", "compound", "resident"))
                        .tier());
        assertEquals(
                "street-or-department",
                routing.route(new CaseFacts("illegal-structure", "anshun-leju", "compound", "resident"))
                        .tier());
        assertEquals(
                "street-or-department",
                routing.route(new CaseFacts("damaged-infrastructure", null, "street", "resident"))
                        .tier());
    }

    @Test
    void everyCategoryEscalatesUpToTheDistrictCommandCentre() {
        for (var c : model.categories()) {
            List<RoutingTier> path = routing.escalationPath(c.code());
            assertEquals("district-command-centre", path.get(path.size() - 1).code(), c.code());
        }
        assertEquals(4, routing.escalationPath("illegal-parking").size());
    }

    @Test
    void theSixGovernancesEachHaveIndicators() {
        assertEquals(6, model.dimensions().size());
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
                Map.entry("teams.grid", 69));
        seed.forEach((k, v) -> assertEquals(0, BigDecimal.valueOf(v).compareTo(f.get(k)), k));
    }

    @Test
    void everyNamedUnitAppearsInTheReport() throws IOException {
        Path report = Path.of("../../../shared/seeds/004_93ae1065f118dc25.txt");
        if (!Files.exists(report)) {
            return; // the seeds live beside the repository on the team's machines
        }
        String text = Files.readString(report, StandardCharsets.UTF_8);
        // the report is in traditional characters; the model in simplified
        Map<String, String> traditional = Map.of(
                "双安社区", "雙安社區", "元宝山街道", "元寶山街道", "钢城街道", "鋼城街道", "御祥园社区", "御祥園社區", "行宫社区", "行宮社區", "输送机社区", "輸送機社區");
        traditional.forEach((simplified, trad) -> {
            assertTrue(model.demo().units().stream().anyMatch(u -> u.name().zh().startsWith(simplified)), simplified);
            assertTrue(text.contains(trad), trad + " is in the report");
        });
    }

    @Test
    void threePartyLinkageNeedsTheOwnersVote() {
        var procedure = model.procedures().stream()
                .filter(p -> p.code().equals("three-party"))
                .findFirst()
                .orElseThrow();
        ProcedureWalk passed = ProcedureWalk.start(procedure)
                .step("lead", 9, 9, 0, 0)
                .step("organise", 7, 7, 0, 0)
                .step("owners-vote", 300, 210, 150, 210)
                .step("execute", 5, 5, 0, 0);
        assertTrue(passed.passed());
        assertEquals(List.of("organise", "owners-vote", "execute"), passed.published());
        ProcedureWalk noQuorum = ProcedureWalk.start(procedure)
                .step("lead", 9, 9, 0, 0)
                .step("organise", 7, 7, 0, 0)
                .step("owners-vote", 300, 150, 150, 150);
        assertFalse(noQuorum.passed());
        assertEquals("owners-vote", noQuorum.failedAt().orElseThrow());
    }

    @Test
    void theExtensionIndexListsBothExtensions() throws IOException {
        Path idx = Path.of("target/classes/META-INF/extensions.idx");
        List<String> lines = Files.readAllLines(idx);
        assertTrue(lines.contains(ShuangluanModel.class.getName()), lines.toString());
        assertTrue(lines.contains(ShuangluanRouter.class.getName()), lines.toString());
    }
}
