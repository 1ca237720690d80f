package io.gongzhi.plugins.template;

import io.gongzhi.spi.LocalityModel;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * The smallest valid locality model: one entry in every list the platform's engines read. Copy this
 * plugin, rename the id, then replace each list with what your locality's field report describes
 * (see the README); {@code ModelValidator} tells you what is missing or dangling as you go.
 *
 * <p>Texts: Chinese first (simplified characters), then English. Codes: {@code [a-z0-9][a-z0-9_-]*},
 * stable once tenants use them. Put the report's wording beside every figure, and mark every value
 * you chose yourself.
 */
@Extension
public class TemplateModel implements LocalityModel {

    /** Equals {@code plugin.id} in the pom, and the tenant manifest's {@code plugin.id}. */
    public static final String ID = "template";

    // Built once: the platform calls model() once per plugin version, but keep it cheap anyway.
    private static final GovernanceModel MODEL = build();

    @Override
    public GovernanceModel model() {
        return MODEL;
    }

    private static GovernanceModel build() {
        return new GovernanceModel(
                ID,
                Text.of("模板治理模式", "template model"),
                Text.of("复制此插件开始一个新的地方治理模式。", "Copy this plugin to start a new locality model."),
                // levels, top first; children name the levels a unit may hold; overlay: grids
                List.of(
                        new Level("district", Text.of("区", "district"), List.of("community"), null, false),
                        new Level("community", Text.of("社区", "community"), List.of("grid"), null, false),
                        new Level("grid", Text.of("网格", "grid"), List.of(), 300, true)),
                // roles, each granting one platform role
                List.of(
                        new Role("grid-worker", Text.of("网格员", "grid worker"), "grid-worker"),
                        new Role("director", Text.of("居委会主任", "residents' committee director"), "community-staff"),
                        new Role("resident", Text.of("居民", "resident"), "resident")),
                // bodies: which level they belong to, their kind, the roles of their members
                List.of(new Body(
                        "residents-committee",
                        Text.of("居委会", "residents' committee"),
                        "community",
                        "autonomy",
                        List.of("director"))),
                // case handling tiers, lowest rank first (add grid, street, command centre…)
                List.of(new RoutingTier("community", Text.of("社区", "community"), 1, "community", "director")),
                // case categories: first tier and its time limit (mark limits the report does not give)
                List.of(new CaseCategory(
                        "sanitation", Text.of("环境卫生", "sanitation"), "community", TimeLimit.workingDays(1), 100, 7)),
                // decision procedures: steps with who acts, quorum % and pass % (0: none), published?
                List.of(new Procedure(
                        "residents-meeting",
                        Text.of("居民会议", "residents' meeting"),
                        List.of(
                                new Procedure.Step(
                                        "propose", Text.of("提出议题", "propose"), "residents-committee", 0, 0, false),
                                new Procedure.Step("vote", Text.of("表决", "vote"), "resident", 50, 51, true)))),
                // the service menu; proxy: staff may handle it for the resident (代办)
                List.of(new ServiceItem(
                        "certificate",
                        Text.of("证明开具", "certificates"),
                        "administration",
                        true,
                        TimeLimit.workingDays(3))),
                // evaluation schemes: weights add up to 100
                List.of(new EvaluationScheme(
                        "satisfaction-poll",
                        Text.of("满意度测评", "satisfaction poll"),
                        "yearly",
                        List.of(new EvaluationScheme.Criterion("satisfaction", Text.of("满意度", "satisfaction"), 100)))),
                // indicator dimensions, in display order
                List.of("service"),
                // indicators: computed by the platform from a figure or a ratio of two
                List.of(new Indicator(
                        "closure-rate",
                        Text.of("事件结办率", "case closure rate"),
                        "service",
                        "percent",
                        "platform",
                        "cases.closed / cases.reported",
                        null)),
                // sections of the residents' portal
                List.of(new PortalSection("report", Text.of("随手拍", "report a problem"), "report", 1)),
                // settings operators may change, globally or per tenant (validated by type and bounds)
                List.of(new ConfigOption(
                        "grid.patrols-per-day",
                        Text.of("网格员每日巡查次数", "grid patrols a day"),
                        ConfigOption.Type.INTEGER,
                        "2",
                        1L,
                        6L)),
                // demo data: the units the report names (parents first) and its figures
                new DemoData(
                        List.of(
                                new DemoData.Unit("district", "demo", Text.of("示范区", "Demo District"), null),
                                new DemoData.Unit(
                                        "community", "demo-community", Text.of("示范社区", "Demo Community"), "demo")),
                        Map.of("communities", BigDecimal.ONE)));
    }
}
