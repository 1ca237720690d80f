package io.gongzhi.plugins.template;

import io.gongzhi.spi.LocalityModel;
import io.gongzhi.spi.model.Body;
import io.gongzhi.spi.model.CaseCategory;
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
import org.pf4j.Extension;

/**
 * The smallest valid locality model: copy this plugin, rename the id, then replace each list with
 * what your locality's field report describes (see the README). Every list the platform's engines
 * read is here, so the validator tells you what is missing as you go.
 */
@Extension
public class TemplateModel implements LocalityModel {

    public static final String ID = "template";

    @Override
    public GovernanceModel model() {
        return new GovernanceModel(
                ID,
                Text.of("模板治理模式", "template model"),
                Text.of("复制此插件开始一个新的地方治理模式。", "Copy this plugin to start a new locality model."),
                List.of(
                        new Level("district", Text.of("区", "district"), List.of("community"), null, false),
                        new Level("community", Text.of("社区", "community"), List.of("grid"), null, false),
                        new Level("grid", Text.of("网格", "grid"), List.of(), 300, true)),
                List.of(
                        new Role("grid-worker", Text.of("网格员", "grid worker"), "grid-worker"),
                        new Role("director", Text.of("居委会主任", "residents' committee director"), "community-staff")),
                List.of(new Body(
                        "residents-committee",
                        Text.of("居委会", "residents' committee"),
                        "community",
                        "autonomy",
                        List.of("director"))),
                List.of(
                        new RoutingTier("grid", Text.of("网格", "grid"), 1, "grid", "grid-worker"),
                        new RoutingTier("community", Text.of("社区", "community"), 2, "community", "director")),
                List.of(new CaseCategory(
                        "sanitation", Text.of("环境卫生", "sanitation"), "grid", TimeLimit.workingDays(1), 100, 7)),
                List.of(new Procedure(
                        "residents-meeting",
                        Text.of("居民会议", "residents' meeting"),
                        List.of(new Procedure.Step(
                                "vote", Text.of("表决", "vote"), "residents-committee", 50, 50, true)))),
                List.of(new ServiceItem(
                        "certificate",
                        Text.of("证明开具", "certificates"),
                        "administration",
                        true,
                        TimeLimit.workingDays(3))),
                List.of(new EvaluationScheme(
                        "satisfaction-poll",
                        Text.of("满意度测评", "satisfaction poll"),
                        "yearly",
                        List.of(new EvaluationScheme.Criterion("satisfaction", Text.of("满意度", "satisfaction"), 100)))),
                List.of("service"),
                List.of(new Indicator(
                        "closure-rate",
                        Text.of("事件结办率", "case closure rate"),
                        "service",
                        "percent",
                        "platform",
                        "cases.closed / cases.reported",
                        null)),
                List.of(new PortalSection("report", Text.of("随手拍", "report a problem"), "report", 1)),
                List.of(),
                new DemoData(
                        List.of(new DemoData.Unit("district", "demo", Text.of("示范区", "demo district"), null)),
                        Map.of()));
    }
}
