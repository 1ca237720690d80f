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
 * Where a Shuangluan case goes first when the place matters more than the category. Two rules,
 * both from the report's description of the event platform:
 *
 * <ol>
 *   <li><b>No community platform at the place</b> (the case resolved to a street, a town, the
 *       district, e.g. a road or a public space, or to an administrative village): the report's
 *       platform has its lowest office in the community ("社區建立三級平台") and sends what exceeds
 *       the community ("職責超過社區辦理層面") to the street (town, department) platform, which
 *       "負責對…社區平台上報事件進行處置和辦理". So: the street-or-department tier, whatever the
 *       category (e.g. a damaged road). Villages are this plugin's reading: the report describes
 *       grids and the community platform for urban communities only, so a village's case goes to
 *       its town's platform.
 *   <li><b>A resident's photo report from inside a grid</b> (orgLevel grid, compound or building):
 *       the grid worker "對居民隨手拍事件進行研判、上報", so the grid tier first, whatever the
 *       category; the grid settles it or reports it up ("小事不出網格").
 * </ol>
 *
 * Otherwise (a grid worker's own report, a place resolved to a community, no place at all) it
 * returns empty and the category's declared first tier applies.
 *
 * <p>Stateless: no fields but constants, so one instance serves every tenant and thread. It reads
 * nothing from the context.
 */
@Extension
public class ShuangluanRouter implements CaseRouter {

    /** Levels without a community platform of their own. */
    static final Set<String> NO_COMMUNITY_PLATFORM = Set.of(
            ShuangluanModel.DISTRICT, ShuangluanModel.STREET_LEVEL, ShuangluanModel.TOWN, ShuangluanModel.VILLAGE);

    /** Levels inside a grid: a report from there reaches a grid worker. */
    static final Set<String> INSIDE_GRID =
            Set.of(ShuangluanModel.GRID_LEVEL, ShuangluanModel.COMPOUND, ShuangluanModel.BUILDING);

    static final RoutingDecision BEYOND_COMMUNITY = new RoutingDecision(
            ShuangluanModel.STREET,
            Text.of(
                    "事发地没有社区平台（街道、镇、村或区级地点），由街道（镇、区直部门）二级平台处置",
                    "no community platform covers the place: the street, town or department platform handles it"));

    static final RoutingDecision GRID_REVIEWS = new RoutingDecision(
            ShuangluanModel.GRID,
            Text.of(
                    "居民随手拍先由所在网格的网格员研判、上报",
                    "a resident's photo report is reviewed by the grid worker of its grid first"));

    @Override
    public Optional<RoutingDecision> route(CaseFacts facts, PlatformContext context) {
        String level = facts.orgLevel();
        if (level == null) {
            return Optional.empty();
        }
        if (NO_COMMUNITY_PLATFORM.contains(level)) {
            return Optional.of(BEYOND_COMMUNITY);
        }
        if ("resident".equals(facts.reporterRole()) && INSIDE_GRID.contains(level)) {
            return Optional.of(GRID_REVIEWS);
        }
        return Optional.empty();
    }
}
