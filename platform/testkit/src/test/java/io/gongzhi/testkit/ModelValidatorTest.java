package io.gongzhi.testkit;

import static io.gongzhi.testkit.Models.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.spi.model.CaseCategory;
import io.gongzhi.spi.model.EvaluationScheme;
import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.spi.model.Level;
import io.gongzhi.spi.model.RoutingTier;
import io.gongzhi.spi.model.TimeLimit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {

    @Test
    void aValidModelHasNoProblems() {
        assertEquals(List.of(), ModelValidator.validate(Models.valid()));
        ModelValidator.assertValid(Models.valid());
    }

    @Test
    void aCategoryMustStartAtADeclaredTier() {
        GovernanceModel m = Models.with(
                Models.valid().levels(),
                Models.valid().tiers(),
                List.of(new CaseCategory("parking", t("parking"), "street", TimeLimit.workingDays(1), 100, 3)),
                Models.valid().evaluations().get(0).criteria());
        assertEquals(
                List.of("categories[parking].firstTier 'street' is not a declared tier"), ModelValidator.validate(m));
    }

    @Test
    void tiersGoUpInRank() {
        GovernanceModel m = Models.with(
                Models.valid().levels(),
                List.of(
                        new RoutingTier("grid", t("grid"), 2, "grid", "grid-worker"),
                        new RoutingTier("community", t("community"), 1, "community", "director")),
                List.of(new CaseCategory("parking", t("parking"), "grid", TimeLimit.workingDays(1), 100, 3)),
                Models.valid().evaluations().get(0).criteria());
        assertEquals(
                List.of("tiers[community].rank 1 must be higher than the tier before it"), ModelValidator.validate(m));
    }

    @Test
    void weightsAddUpToAHundred() {
        GovernanceModel m = Models.with(
                Models.valid().levels(),
                Models.valid().tiers(),
                Models.valid().categories(),
                List.of(
                        new EvaluationScheme.Criterion("a", t("a"), 60),
                        new EvaluationScheme.Criterion("b", t("b"), 30)));
        assertEquals(List.of("evaluations[poll] criteria weights add up to 90, not 100"), ModelValidator.validate(m));
    }

    @Test
    void theHierarchyIsATreeOfDeclaredLevels() {
        GovernanceModel unknownChild = Models.with(
                List.of(
                        new Level("district", t("district"), List.of("community", "village"), null, false),
                        new Level("community", t("community"), List.of("grid"), null, false),
                        new Level("grid", t("grid"), List.of(), 300, true)),
                Models.valid().tiers(),
                Models.valid().categories(),
                Models.valid().evaluations().get(0).criteria());
        assertEquals(
                List.of("levels[district].children 'village' is not a declared level"),
                ModelValidator.validate(unknownChild));
        GovernanceModel cycle = Models.with(
                List.of(
                        new Level("district", t("district"), List.of("community"), null, false),
                        new Level("community", t("community"), List.of("grid", "district"), null, false),
                        new Level("grid", t("grid"), List.of(), 300, true)),
                Models.valid().tiers(),
                Models.valid().categories(),
                Models.valid().evaluations().get(0).criteria());
        assertTrue(
                ModelValidator.validate(cycle).contains("levels: the hierarchy has a cycle through district"),
                ModelValidator.validate(cycle).toString());
    }

    @Test
    void namesNeedBothLanguagesAndCodesAreStable() {
        GovernanceModel m = Models.with(
                Models.valid().levels(),
                Models.valid().tiers(),
                List.of(new CaseCategory(
                        "Parking Lot",
                        new io.gongzhi.spi.model.Text("停车", " "),
                        "grid",
                        TimeLimit.workingDays(1),
                        100,
                        3)),
                Models.valid().evaluations().get(0).criteria());
        List<String> problems = ModelValidator.validate(m);
        assertTrue(
                problems.contains("categories code 'Parking Lot' must match [a-z0-9][a-z0-9_-]{0,62}"),
                problems.toString());
        assertTrue(problems.contains("categories[Parking Lot].name needs both zh and en"), problems.toString());
    }

    @Test
    void assertValidListsEveryProblem() {
        GovernanceModel m = Models.with(
                Models.valid().levels(),
                Models.valid().tiers(),
                List.of(new CaseCategory(
                        "parking", t("parking"), "street", new TimeLimit(0, TimeLimit.Unit.WORKING_DAYS), 100, 3)),
                Models.valid().evaluations().get(0).criteria());
        AssertionError e = assertThrows(AssertionError.class, () -> ModelValidator.assertValid(m));
        assertTrue(e.getMessage().contains("2 problem(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("categories[parking].limit must be a positive time limit"), e.getMessage());
    }
}
