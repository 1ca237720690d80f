package io.gongzhi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.spi.CaseRouter;
import io.gongzhi.spi.model.CaseFacts;
import io.gongzhi.spi.model.Procedure;
import io.gongzhi.spi.model.RoutingDecision;
import io.gongzhi.spi.model.RoutingTier;
import io.gongzhi.spi.model.Text;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutingAndProceduresTest {

    @Test
    void withoutARouterTheCategorysTierApplies() {
        RoutingSimulator r = new RoutingSimulator(Models.valid());
        assertEquals("grid", r.route("parking").tier());
        assertEquals(RoutingSimulator.DECLARED, r.route("roads").reason());
        assertThrows(IllegalArgumentException.class, () -> r.route("flying-cars"));
    }

    @Test
    void aRoutersDecisionWinsOnlyWhenItNamesADeclaredTier() {
        CaseRouter toCentre = (facts, ctx) -> Optional.of(new RoutingDecision("centre", Text.of("上报", "escalated")));
        CaseRouter nowhere = (facts, ctx) -> Optional.of(new RoutingDecision("moon", Text.of("月球", "moon")));
        assertEquals(
                "centre",
                new RoutingSimulator(Models.valid(), toCentre).route("parking").tier());
        assertEquals(
                "grid",
                new RoutingSimulator(Models.valid(), nowhere)
                        .route(new CaseFacts("parking", null, "grid", "resident"))
                        .tier());
    }

    @Test
    void casesEscalateThroughEveryHigherTier() {
        RoutingSimulator r = new RoutingSimulator(Models.valid());
        assertEquals(
                List.of("grid", "community", "centre"),
                r.escalationPath("parking").stream().map(RoutingTier::code).toList());
        assertEquals(
                List.of("community", "centre"),
                r.escalationPath("roads").stream().map(RoutingTier::code).toList());
    }

    @Test
    void aProcedurePassesStepByStepWithQuorumAndVotes() {
        Procedure p = Models.valid().procedures().get(0);
        ProcedureWalk w = ProcedureWalk.start(p).step("propose", 1, 1, 0, 0).step("vote", 7, 4, 3, 4);
        assertTrue(w.passed());
        assertEquals(List.of("vote"), w.published());
        ProcedureWalk noQuorum =
                ProcedureWalk.start(p).step("propose", 1, 1, 0, 0).step("vote", 7, 3, 3, 3);
        assertFalse(noQuorum.passed());
        assertEquals(Optional.of("vote"), noQuorum.failedAt());
        ProcedureWalk rejected =
                ProcedureWalk.start(p).step("propose", 1, 1, 0, 0).step("vote", 7, 7, 3, 7);
        assertEquals(Optional.of("vote"), rejected.failedAt());
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> ProcedureWalk.start(p).step("vote", 7, 7, 7, 7));
        assertEquals("step 'propose' is due, not 'vote'", e.getMessage());
    }

    @Test
    void theTestContextKeepsDocumentsWithinTheirLimits() {
        TestPlatformContext ctx = new TestPlatformContext("alpha").withConfig("patrols", "3");
        assertEquals(Optional.of("3"), ctx.config("patrols"));
        ctx.documents().put("rules", "r1", "{\"a\":1}");
        assertEquals(List.of("r1"), ctx.documents().keys("rules"));
        assertThrows(IllegalArgumentException.class, () -> ctx.documents().put("rules", "r 2", "{}"));
        assertThrows(IllegalArgumentException.class, () -> ctx.documents().put("rules", "r2", "plain text"));
        assertTrue(ctx.documents().delete("rules", "r1"));
    }
}
