package io.gongzhi.plugins.shuangluan;

import io.gongzhi.spi.CaseRouter;
import io.gongzhi.spi.PlatformContext;
import io.gongzhi.spi.model.CaseFacts;
import io.gongzhi.spi.model.RoutingDecision;
import io.gongzhi.spi.model.Text;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The rule data cannot say. In the report's flow a grid worker "对分管网格内发现事件进行上报，并对居民随手拍事件进行研判、上报": a
 * resident's photo report from inside a grid or compound goes to that grid's worker first, whatever
 * its category, so the grid can settle it or report it up; and damage to infrastructure outside
 * any community (a street, a road) goes straight to the street/department platform. Otherwise the
 * category's declared tier applies. Stateless.
 */
@Extension
public class ShuangluanRouter implements CaseRouter {

    static final Set<String> INSIDE_GRID = Set.of("grid", "compound", "building");

    @Override
    public Optional<RoutingDecision> route(CaseFacts facts, PlatformContext context) {
        if ("damaged-infrastructure".equals(facts.category())
                && ("street".equals(facts.orgLevel()) || "district".equals(facts.orgLevel()))) {
            return Optional.of(new RoutingDecision(
                    ShuangluanModel.STREET,
                    Text.of(
                            "社区以外的基础设施损毁，由街道（区直部门）二级平台处置",
                            "infrastructure outside any community: the street or department platform handles it")));
        }
        if ("resident".equals(facts.reporterRole())
                && INSIDE_GRID.contains(facts.orgLevel())
                && !"illegal-structure".equals(facts.category())) {
            return Optional.of(new RoutingDecision(
                    ShuangluanModel.GRID,
                    Text.of("居民随手拍先由网格员研判", "a resident's photo report is reviewed by the grid worker first")));
        }
        return Optional.empty();
    }
}
