package io.gongzhi.testkit;

import io.gongzhi.spi.model.Body;
import io.gongzhi.spi.model.CaseCategory;
import io.gongzhi.spi.model.ConfigOption;
import io.gongzhi.spi.model.DemoData;
import io.gongzhi.spi.model.EvaluationScheme;
import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.spi.model.Indicator;
import io.gongzhi.spi.model.Level;
import io.gongzhi.spi.model.PortalSection;
import io.gongzhi.spi.model.Procedure;
import io.gongzhi.spi.model.Role;
import io.gongzhi.spi.model.RoutingTier;
import io.gongzhi.spi.model.ServiceItem;
import io.gongzhi.spi.model.Text;
import io.gongzhi.spi.model.TimeLimit;
import java.util.List;
import java.util.Map;

/** A small valid model for the testkit's own tests, and ways to break it. */
final class Models {

    private Models() {}

    static Text t(String s) {
        return Text.of(s + "（中）", s);
    }

    static GovernanceModel valid() {
        return with(
                List.of(
                        new Level("district", t("district"), List.of("community"), null, false),
                        new Level("community", t("community"), List.of("grid"), null, false),
                        new Level("grid", t("grid"), List.of(), 300, true)),
                List.of(
                        new RoutingTier("grid", t("grid"), 1, "grid", "grid-worker"),
                        new RoutingTier("community", t("community"), 2, "community", "director"),
                        new RoutingTier("centre", t("centre"), 3, "district", "director")),
                List.of(
                        new CaseCategory("parking", t("parking"), "grid", TimeLimit.workingDays(1), 100, 3),
                        new CaseCategory("roads", t("roads"), "community", TimeLimit.workingDays(3), 100, 3)),
                List.of(
                        new EvaluationScheme.Criterion("a", t("a"), 60),
                        new EvaluationScheme.Criterion("b", t("b"), 40)));
    }

    static GovernanceModel with(
            List<Level> levels,
            List<RoutingTier> tiers,
            List<CaseCategory> categories,
            List<EvaluationScheme.Criterion> criteria) {
        return new GovernanceModel(
                "toy",
                t("toy"),
                t("a toy model"),
                levels,
                List.of(
                        new Role("grid-worker", t("grid worker"), "grid-worker"),
                        new Role("director", t("director"), "community-staff")),
                List.of(new Body("committee", t("committee"), "community", "autonomy", List.of("director"))),
                tiers,
                categories,
                List.of(new Procedure(
                        "meeting",
                        t("meeting"),
                        List.of(
                                new Procedure.Step("propose", t("propose"), "director", 0, 0, false),
                                new Procedure.Step("vote", t("vote"), "committee", 50, 50, true)))),
                List.of(new ServiceItem("certificate", t("certificate"), "admin", true, TimeLimit.workingDays(3))),
                List.of(new EvaluationScheme("poll", t("poll"), "quarterly", criteria)),
                List.of("service"),
                List.of(new Indicator(
                        "closure",
                        t("closure"),
                        "service",
                        "percent",
                        "platform",
                        "cases.closed / cases.reported",
                        null)),
                List.of(new PortalSection("report", t("report"), "report", 1)),
                List.of(new ConfigOption("patrols", t("patrols"), ConfigOption.Type.INTEGER, "2", 1L, 6L)),
                new DemoData(
                        List.of(
                                new DemoData.Unit("district", "d", t("d"), null),
                                new DemoData.Unit("community", "c", t("c"), "d")),
                        Map.of()));
    }
}
