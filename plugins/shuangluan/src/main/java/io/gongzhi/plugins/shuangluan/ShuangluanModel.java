package io.gongzhi.plugins.shuangluan;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** The Shuangluan 六治融合 model. Built once; immutable. */
@Extension
public class ShuangluanModel implements LocalityModel {

    public static final String ID = "shuangluan";

    static final String GRID = "grid";
    static final String COMMUNITY = "community";
    static final String STREET = "street-or-department";
    static final String CENTRE = "district-command-centre";

    private static final GovernanceModel MODEL = build();

    @Override
    public GovernanceModel model() {
        return MODEL;
    }

    private static Text t(String zh, String en) {
        return Text.of(zh, en);
    }

    private static GovernanceModel build() {
        return new GovernanceModel(
                ID,
                t("双滦区“六治融合”社区治理", "Shuangluan six governances in one"),
                t(
                        "党建领治、居民自治、服务智治、社会共治、平安法治、文化德治；区、街道（镇、区直部门）、社区三级事件平台，网格员与居民随手拍。",
                        "Party leads, residents govern themselves, smart services, society co-governs, safety by law, culture and virtue;"
                                + " a three-tier event platform (district, street/town/department, community) fed by grid workers and residents' photo reports."),
                levels(),
                roles(),
                bodies(),
                tiers(),
                categories(),
                procedures(),
                services(),
                evaluations(),
                List.of(
                        "party-leads",
                        "self-governance",
                        "smart-service",
                        "co-governance",
                        "rule-of-law",
                        "culture-virtue"),
                indicators(),
                portal(),
                List.of(
                        new ConfigOption(
                                "grid.patrols-per-day",
                                t("网格员每日巡查次数", "grid patrols a day"),
                                ConfigOption.Type.INTEGER,
                                "2",
                                1L,
                                6L),
                        new ConfigOption(
                                "cases.duplicate-radius-metres",
                                t("重复事件提示半径（米）", "radius for duplicate suggestions (m)"),
                                ConfigOption.Type.INTEGER,
                                "100",
                                0L,
                                2000L),
                        new ConfigOption(
                                "cases.proxy-days",
                                t("预约代办的固定工作日", "fixed working days for proxy handling"),
                                ConfigOption.Type.STRING,
                                "周二,周四",
                                null,
                                null)),
                demo());
    }

    private static List<Level> levels() {
        return List.of(
                new Level("district", t("区", "district"), List.of("street", "town"), null, false),
                new Level("street", t("街道", "street"), List.of(COMMUNITY), null, false),
                new Level("town", t("镇", "town"), List.of(COMMUNITY, "village"), null, false),
                new Level(COMMUNITY, t("社区", "community"), List.of("compound", GRID), null, false),
                new Level("village", t("行政村", "village"), List.of(GRID), null, false),
                new Level("compound", t("小区（楼院）", "compound (building yard)"), List.of("building"), null, false),
                new Level("building", t("楼栋", "building"), List.of(), null, false),
                // "将上级部门在社区设置的多个网格整合为一个综合网格": one comprehensive grid overlays
                // the compounds of a community; the report gives no household size per grid.
                new Level(GRID, t("综合网格", "comprehensive grid"), List.of(), null, true));
    }

    private static List<Role> roles() {
        return List.of(
                // "1+1+X+Y": 1 street leader per community as grid work instructor, 1 community cadre per
                // compound as grid leader; X and Y the part-time grid workers. The report lists them in
                // one breath (grid party branch secretaries, building leaders, unit leaders, property
                // staff, party members and in-service party members); splitting them into X (residents'
                // own leaders) and Y (property staff and party members) is this plugin's reading.
                new Role(
                        "grid-instructor",
                        t("网格工作指导员（街道领导包联）", "grid work instructor (street leader)"),
                        "street-staff"),
                new Role("grid-leader", t("网格长（社区干部）", "grid leader (community cadre)"), "community-staff"),
                new Role("grid-worker", t("网格员", "grid worker"), "grid-worker"),
                new Role("grid-branch-secretary", t("网格党支部书记（X）", "grid party branch secretary (X)"), "party-member"),
                new Role("building-leader", t("楼栋长（X）", "building leader (X)"), "resident"),
                new Role("unit-leader", t("单元长（X）", "unit leader (X)"), "resident"),
                new Role(
                        "online-building-leader",
                        t("网络楼长（在职党员认领）", "online building leader (in-service party member)"),
                        "party-member"),
                new Role("property-staff", t("物业员工（Y）", "property company staff (Y)"), "resident"),
                new Role("in-service-party-member", t("在职党员（Y）", "in-service party member (Y)"), "party-member"),
                new Role("community-secretary", t("社区党委书记", "community party secretary"), "community-staff"),
                new Role("committee-director", t("居委会主任", "residents' committee director"), "community-staff"),
                new Role("owners-committee-chair", t("业委会主任", "owners' committee chair"), "resident"),
                new Role("street-staff", t("街道（镇、区直部门）工作人员", "street, town or department staff"), "street-staff"),
                new Role("dispatcher", t("区指挥调度中心调度员", "district command centre dispatcher"), "command-centre"),
                new Role("resident", t("居民", "resident"), "resident"));
    }

    private static List<Body> bodies() {
        return List.of(
                new Body(
                        "street-working-committee",
                        t("街道大工委", "street working committee"),
                        "street",
                        "party",
                        List.of("grid-instructor", "street-staff")),
                new Body(
                        "community-party-committee",
                        t("社区大党委", "community party committee"),
                        COMMUNITY,
                        "party",
                        List.of("community-secretary")),
                new Body(
                        "residents-committee",
                        t("社区居委会", "residents' committee"),
                        COMMUNITY,
                        "autonomy",
                        List.of("committee-director")),
                new Body(
                        "owners-committee",
                        t("小区业委会（红色业委会）", "owners' committee (red owners' committee)"),
                        "compound",
                        "owners",
                        List.of("owners-committee-chair")),
                new Body(
                        "property-party-organisation",
                        t("物业企业党组织", "property company party organisation"),
                        "compound",
                        "property",
                        List.of("property-staff")),
                new Body(
                        "grid-team",
                        t("网格服务团队", "grid service team"),
                        GRID,
                        "team",
                        List.of(
                                "grid-leader",
                                "grid-worker",
                                "grid-branch-secretary",
                                "building-leader",
                                "unit-leader",
                                "property-staff",
                                "in-service-party-member")),
                new Body(
                        "volunteer-team",
                        t("志愿服务队", "volunteer team"),
                        COMMUNITY,
                        "volunteer",
                        List.of("resident", "in-service-party-member")));
    }

    private static List<RoutingTier> tiers() {
        return List.of(
                new RoutingTier(
                        GRID,
                        t("网格（网格员研判、上报、监督）", "grid (the grid worker reviews, reports, follows up)"),
                        1,
                        GRID,
                        "grid-worker"),
                new RoutingTier(COMMUNITY, t("社区三级平台", "community platform (third tier)"), 2, COMMUNITY, "grid-leader"),
                new RoutingTier(
                        STREET,
                        t("街道（镇、区直部门）二级平台", "street, town or department platform (second tier)"),
                        3,
                        "street",
                        "street-staff"),
                new RoutingTier(CENTRE, t("区级平台指挥调度中心", "district command centre"), 4, "district", "dispatcher"));
    }

    private static List<CaseCategory> categories() {
        // The three categories the report names (违法停车、基础设施损毁、环境卫生差) and three it implies
        // (disputes, illegal structures, property service). First tiers follow the report's flow and
        // "小事不出网格、大事不出社区"; the time limits are this plugin's defaults, not report figures.
        return List.of(
                new CaseCategory(
                        "illegal-parking", t("违法停车", "illegal parking"), GRID, TimeLimit.workingHours(8), 100, 3),
                new CaseCategory(
                        "poor-sanitation", t("环境卫生差", "poor sanitation"), GRID, TimeLimit.workingDays(1), 100, 3),
                new CaseCategory(
                        "damaged-infrastructure",
                        t("基础设施损毁", "damaged infrastructure"),
                        COMMUNITY,
                        TimeLimit.workingDays(3),
                        150,
                        14),
                new CaseCategory(
                        "neighbour-dispute",
                        t("矛盾纠纷", "dispute between residents"),
                        GRID,
                        TimeLimit.workingDays(5),
                        50,
                        30),
                new CaseCategory(
                        "property-service",
                        t("物业服务问题", "property service problem"),
                        COMMUNITY,
                        TimeLimit.workingDays(5),
                        100,
                        14),
                new CaseCategory(
                        "illegal-structure",
                        t("私搭乱建", "illegal structure"),
                        STREET,
                        TimeLimit.workingDays(10),
                        100,
                        30));
    }

    private static List<Procedure> procedures() {
        return List.of(
                // 五事联办: 大事共议、实事共办、要事共决、急事共商、难事共解, led by the community party committee.
                new Procedure(
                        "five-matters",
                        t("五事联办", "five matters handled jointly"),
                        List.of(
                                new Procedure.Step(
                                        "raise",
                                        t("大党委成员单位提出事项", "a member unit of the party committee raises the matter"),
                                        "community-party-committee",
                                        0,
                                        0,
                                        false),
                                new Procedure.Step(
                                        "deliberate",
                                        t("大事共议、急事共商", "deliberate together"),
                                        "community-party-committee",
                                        50,
                                        0,
                                        false),
                                new Procedure.Step(
                                        "decide",
                                        t("要事共决", "decide together"),
                                        "community-party-committee",
                                        50,
                                        50,
                                        true),
                                new Procedure.Step(
                                        "handle", t("实事共办、难事共解", "do it together"), "grid-team", 0, 0, false),
                                new Procedure.Step(
                                        "publish",
                                        t("结果公开", "publish the result"),
                                        "residents-committee",
                                        0,
                                        0,
                                        true))),
                // 三方联动: 社区党组织牵头、居委会组织、业委会执行. The owners' vote uses the Civil Code rule
                // for major matters (two thirds take part, a majority of those who take part agree):
                // the report only says "履行民主议事程序".
                new Procedure(
                        "three-party",
                        t("三方联动", "three-party linkage"),
                        List.of(
                                new Procedure.Step(
                                        "lead",
                                        t("社区党组织牵头", "the community party organisation leads"),
                                        "community-party-committee",
                                        0,
                                        0,
                                        false),
                                new Procedure.Step(
                                        "organise",
                                        t("居委会组织议事", "the residents' committee organises the deliberation"),
                                        "residents-committee",
                                        0,
                                        0,
                                        true),
                                new Procedure.Step(
                                        "owners-vote", t("业主表决", "owners vote"), "owners-committee", 67, 50, true),
                                new Procedure.Step(
                                        "execute",
                                        t("业委会执行", "the owners' committee carries it out"),
                                        "owners-committee",
                                        0,
                                        0,
                                        true))));
    }

    private static List<ServiceItem> services() {
        return List.of(
                new ServiceItem(
                        "proxy-appointment",
                        t(
                                "预约代办（固定工作日由社区干部或网格员代办）",
                                "proxy appointment (handled by community staff or grid workers on fixed working days)"),
                        "proxy",
                        true,
                        TimeLimit.workingDays(5)),
                new ServiceItem(
                        "skills-training",
                        t(
                                "就业技能培训报名（面点、快餐、月嫂、保育）",
                                "job skills training (pastry, fast food, maternity care, childcare)"),
                        "employment",
                        true,
                        TimeLimit.workingDays(10)),
                new ServiceItem(
                        "household-services",
                        t("家政服务超市预约", "household services booking"),
                        "livelihood",
                        true,
                        TimeLimit.workingDays(2)),
                new ServiceItem(
                        "psychological-counselling",
                        t("心理咨询预约", "psychological counselling"),
                        "safety",
                        false,
                        TimeLimit.workingDays(5)),
                new ServiceItem(
                        "volunteer-points-exchange",
                        t("雷锋超市积分兑换", "Lei Feng supermarket points exchange"),
                        "volunteering",
                        false,
                        TimeLimit.workingDays(1)));
    }

    private static List<EvaluationScheme> evaluations() {
        // "把服务社区成效作为单位党组织及在职党员、干部年终考核、民主评议…的重要依据": the report names the
        // use, not the weights; these weights are this plugin's choice.
        return List.of(new EvaluationScheme(
                "double-registration-review",
                t("“双报到”年终考核", "yearly review of double registration"),
                "yearly",
                List.of(
                        new EvaluationScheme.Criterion("activities", t("进社区活动记录", "community activities recorded"), 40),
                        new EvaluationScheme.Criterion("claimed-tasks", t("认领事项完成情况", "claimed tasks done"), 40),
                        new EvaluationScheme.Criterion("residents-rating", t("居民评议", "residents' rating"), 20))));
    }

    private static Indicator platform(
            String code, String zh, String en, String dimension, String unit, String formula, String target) {
        return new Indicator(
                code, t(zh, en), dimension, unit, "platform", formula, target == null ? null : new BigDecimal(target));
    }

    private static List<Indicator> indicators() {
        return List.of(
                platform(
                        "co-building-projects-done",
                        "共建项目完成率",
                        "co-building projects done",
                        "party-leads",
                        "percent",
                        "projects.done / projects.agreed",
                        null),
                platform(
                        "co-building-agreements",
                        "共建协议数",
                        "co-building agreements signed",
                        "party-leads",
                        "count",
                        "agreements.signed",
                        null),
                platform(
                        "organisations-registered",
                        "“双报到”报到党组织数",
                        "party organisations registered with communities",
                        "party-leads",
                        "count",
                        "organisations.registered",
                        null),
                platform(
                        "party-members-registered",
                        "“双报到”报到在职党员数",
                        "in-service party members registered",
                        "party-leads",
                        "count",
                        "party_members.registered",
                        null),
                platform(
                        "online-building-leaders",
                        "认领网络楼长的在职党员数",
                        "online building leaders claimed",
                        "party-leads",
                        "count",
                        "building_leaders.online",
                        null),
                platform(
                        "three-party-matters",
                        "三方联动议定事项数",
                        "matters decided by three-party linkage",
                        "self-governance",
                        "count",
                        "procedures.three-party.passed",
                        null),
                platform(
                        "case-closure-rate",
                        "事件结办率",
                        "case closure rate",
                        "smart-service",
                        "percent",
                        "cases.closed / cases.reported",
                        "100"),
                platform(
                        "proxy-appointments",
                        "预约代办件数",
                        "proxy appointments",
                        "smart-service",
                        "count",
                        "services.proxy-appointment.requested",
                        null),
                platform(
                        "volunteer-points",
                        "志愿服务积分",
                        "volunteer points earned",
                        "co-governance",
                        "count",
                        "volunteering.points",
                        null),
                platform(
                        "trainees-employed",
                        "培训后就业率",
                        "trainees who found jobs",
                        "co-governance",
                        "percent",
                        "training.employed / training.trained",
                        null),
                platform(
                        "grid-settled-share",
                        "小事不出网格率",
                        "share of cases settled in the grid",
                        "rule-of-law",
                        "percent",
                        "cases.settled_in_grid / cases.closed",
                        null),
                platform(
                        "community-settled-share",
                        "大事不出社区率",
                        "share of cases settled in the community",
                        "rule-of-law",
                        "percent",
                        "cases.settled_in_community / cases.closed",
                        null),
                platform("grid-teams", "网格服务团队数", "grid service teams", "rule-of-law", "count", "teams.grid", null),
                platform(
                        "neighbourhood-events",
                        "邻里节等主题活动场次",
                        "neighbourhood festival events",
                        "culture-virtue",
                        "count",
                        "activities.neighbourhood",
                        null),
                platform(
                        "residents-taking-part",
                        "参与活动居民人次",
                        "residents taking part",
                        "culture-virtue",
                        "count",
                        "activities.participants",
                        null));
    }

    private static List<PortalSection> portal() {
        return List.of(
                new PortalSection("report", t("随手拍", "report a problem"), "report", 1),
                new PortalSection("my-cases", t("我的诉求", "my reports"), "my-cases", 2),
                new PortalSection("proxy", t("预约代办", "proxy appointments"), "services", 3),
                new PortalSection("notices", t("社区公开", "notices"), "notices", 4),
                new PortalSection(
                        "volunteering", t("志愿服务与雷锋超市", "volunteering and the Lei Feng supermarket"), "volunteering", 5),
                new PortalSection("six-governances", t("六治融合指标", "six governances indicators"), "indicators", 6));
    }

    /** The report's figures, each with the wording it comes from. */
    static Map<String, BigDecimal> figures() {
        Map<String, BigDecimal> f = new LinkedHashMap<>();
        f.put("streets", n(3)); // 轄3個街道
        f.put("towns", n(6)); // 6個鎮
        f.put("communities", n(28)); // 28個城市社區
        f.put("villages", n(63)); // 63個行政村
        f.put("area_km2", n(451)); // 總面積451平方千米
        f.put("population", n(200_000)); // 總人口20萬
        f.put("street_committee_part_time_members", n(21)); // 選聘21名轄區單位黨組織書記擔任大工委兼職委員
        f.put("street_co_building_agreements", n(25)); // 簽訂共建協議書25份
        f.put("agreements.signed", n(53)); // 今年簽訂共建協議書53份
        f.put("projects.agreed", n(75)); // 達成項目清單75個
        f.put("projects.done", n(42)); // 已完成…實事42件
        f.put("organisations.registered", n(52)); // 52個黨組織…進社區報到
        f.put("party_members.registered", n(1580)); // 1580名在職黨員進社區報到
        f.put("building_leaders.online", n(1188)); // 1188名在職黨員進社區報到認領網絡樓長
        f.put("cases.reported", n(1090)); // 網上辦理處置…事件1090件
        f.put("cases.closed", n(1090)); // 結辦率100%
        f.put("services.proxy-appointment.requested", n(895)); // 居民預約代辦事件895件
        f.put("training.trained", n(684)); // 技術培訓684人次
        f.put("training.employed", n(473)); // 已幫助473人成功實現就業
        f.put("property_party_organisations", n(7)); // 在符合條件的物業服務企業建立黨組織7個
        f.put("property_companies_with_instructors", n(19)); // 19家物業企業全部選派了黨建指導員
        f.put("teams.grid", n(69)); // 組建各具特色的網格服務團隊69支
        f.put("activities.neighbourhood", n(62)); // “鄰裡節”等主題活動62場次
        f.put("activities.participants", n(20_000)); // 參與居民2萬余人
        f.put("co_building_activities", n(500)); // 共建活動500余場次
        f.put("theme_corridors", n(19)); // 睦鄰文化主題樓道19處
        f.put("party_building_parks", n(2)); // 睦鄰黨建主題公園2處
        return f;
    }

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }

    private static DemoData demo() {
        return new DemoData(
                List.of(
                        new DemoData.Unit("district", "shuangluan", t("双滦区", "Shuangluan District"), null),
                        new DemoData.Unit("street", "yuanbaoshan", t("元宝山街道", "Yuanbaoshan Street"), "shuangluan"),
                        new DemoData.Unit("street", "gangcheng", t("钢城街道", "Gangcheng Street"), "shuangluan"),
                        new DemoData.Unit(COMMUNITY, "shuangan", t("双安社区", "Shuang'an Community"), "yuanbaoshan"),
                        new DemoData.Unit(
                                "compound",
                                "anshun-leju",
                                t("安顺乐居（原政府家属楼）", "Anshun Leju (the former government staff housing)"),
                                "shuangan"),
                        // the report names these communities without their street
                        new DemoData.Unit(COMMUNITY, "yuxiangyuan", t("御祥园社区", "Yuxiangyuan Community"), null),
                        new DemoData.Unit(COMMUNITY, "xinggong", t("行宫社区", "Xinggong Community"), null),
                        new DemoData.Unit(COMMUNITY, "shusongji", t("输送机社区", "Shusongji Community"), null)),
                figures());
    }
}
